//! `table!`: a table said once. One list of columns, each with its type, how it is read and
//! checked, and how `dataset.json` writes it, gives the row as the `csv` crate reads it (every
//! field as text), the columns a file must have, the checked row, and its JSON (serde derive).
//! Rules that tie several fields of a row are the table's `rules` function (`rules.rs`).

/// `table! { /// doc  Row from Raw, COLUMNS { /// doc  #[serde(…)] field: Type = reader, … } }`
///
/// `reader` is a `RowReader` method `(column, text) -> Option<Type>` (`fields.rs`): `None` when
/// the text cannot be read as the type, after recording why. Every field is read, so every
/// problem of a row is reported, before the row is given up.
macro_rules! table {
    (
        $(#[$meta:meta])*
        $row:ident from $raw:ident, $columns:ident {
            $( $(#[$field_meta:meta])* $field:ident: $ty:ty = $reader:ident ),+ $(,)?
        }
    ) => {
        /// A row as written, every field as text, filled by the header's names.
        #[derive(serde::Deserialize)]
        pub(super) struct $raw {
            $( $field: String ),+
        }

        /// The columns the file must have; also the order `dataset.json` writes them in.
        pub const $columns: &[&str] = &[$( stringify!($field) ),+];

        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        pub struct $row {
            /// Its line in the file, for messages; not published.
            #[serde(skip)]
            pub line: usize,
            $( $(#[$field_meta])* pub $field: $ty ),+
        }

        impl $row {
            /// Each field read and checked on its own.
            pub(super) fn read_fields(r: &mut super::fields::RowReader<'_>, raw: $raw) -> Option<$row> {
                $( let $field: Option<$ty> = r.$reader(stringify!($field), raw.$field); )+
                Some($row { line: r.line, $( $field: $field? ),+ })
            }
        }
    };
}

pub(super) use table;
