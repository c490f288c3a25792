//! Writes a made-up province of 18 cities at today's density (`renewal_dataset::fixture`):
//!
//!   cargo run --example province -- target/province/data
//!   RENEWAL_DATA_DIR=$PWD/target/province/data RENEWAL_FIXTURE=1 trunk build --release --dist target/province/dist
//!
//! `scripts/province.sh` does both and measures the result.

use renewal_dataset::fixture::{province, HENAN_CITIES};
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let out = PathBuf::from(std::env::args().nth(1).ok_or("give the folder to write the province into")?);
    let rows = province(&data, &out, HENAN_CITIES)?;
    println!("{HENAN_CITIES} cities, {rows} rows of figures, projects and commitments in {}", out.display());
    Ok(())
}
