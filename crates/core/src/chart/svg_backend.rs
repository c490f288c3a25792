//! A plotters drawing backend that writes SVG with integer coordinates only.
//!
//! Plotters' own `SVGBackend` prints every colour's opacity as a float, which links Rust's
//! float-formatting code into the wasm for a value that is always 1 here; with its attribute
//! machinery it cost 10.7 KB of gzip. Charts only draw opaque rectangles and lines, so this
//! backend writes exactly those.

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind};
use std::convert::Infallible;
use std::fmt::Write as _;

/// Draws into a string of SVG elements; the caller wraps them in `<svg>`.
pub struct SvgElements<'a> {
    out: &'a mut String,
    size: (u32, u32),
}

impl<'a> SvgElements<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        Self { out, size }
    }
}

/// `#RRGGBB`, or `none` for a fully transparent colour.
struct Paint(BackendColor);

impl std::fmt::Display for Paint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (r, g, b) = self.0.rgb;
        if self.0.alpha == 0.0 {
            f.write_str("none")
        } else {
            write!(f, "#{r:02X}{g:02X}{b:02X}")
        }
    }
}

/// ` stroke-width="n"` where it differs from SVG's default of 1.
struct StrokeWidth(u32);

impl std::fmt::Display for StrokeWidth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            1 => Ok(()),
            width => write!(f, " stroke-width=\"{width}\""),
        }
    }
}

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

impl DrawingBackend for SvgElements<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        let _ = writeln!(self.out, "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\" fill=\"{}\"/>", Paint(color));
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, (x1, y1): BackendCoord, (x2, y2): BackendCoord, style: &S) -> Drawn {
        let _ = writeln!(
            self.out,
            "<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"{}\"{}/>",
            Paint(style.color()),
            StrokeWidth(style.stroke_width())
        );
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let (width, height) = (x1 - x0, y1 - y0);
        let paint = Paint(style.color());
        let _ = if fill {
            writeln!(self.out, "<rect x=\"{x0}\" y=\"{y0}\" width=\"{width}\" height=\"{height}\" fill=\"{paint}\"/>")
        } else {
            writeln!(
                self.out,
                "<rect x=\"{x0}\" y=\"{y0}\" width=\"{width}\" height=\"{height}\" fill=\"none\" stroke=\"{paint}\"{}/>",
                StrokeWidth(style.stroke_width())
            )
        };
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        let mut points = String::new();
        for (x, y) in path {
            let _ = write!(points, "{x},{y} ");
        }
        let _ = writeln!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\"{}/>",
            points.trim_end(),
            Paint(style.color()),
            StrokeWidth(style.stroke_width())
        );
        Ok(())
    }
}
