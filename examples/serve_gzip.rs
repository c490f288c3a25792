//! Serves a folder gzipped on 127.0.0.1, as a CDN would, for audits such as Lighthouse
//! (`scripts/lighthouse.sh`): `cargo run --example serve_gzip -- <folder> <port>`.

use harness::server::{Compression, StaticServer};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let folder = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(8090);
    let server = StaticServer::start_on(&folder, "/", Compression::Gzip, port);
    println!("serving {} at {}", folder.display(), server.base_url);
    loop {
        std::thread::park();
    }
}
