fn main() {
    renewal_explorer::crash::install();
    renewal_explorer::takeover::mount_over_prerendered();
}
