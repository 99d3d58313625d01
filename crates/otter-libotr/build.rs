//! Links Debian's libotr 4.1 (package libotr5-dev at build time, libotr5 at run time).

fn main() {
    if let Err(error) = pkg_config::Config::new()
        .atleast_version("4.1")
        .probe("libotr")
    {
        // Build scripts report through cargo's protocol on stdout/stderr.
        #[expect(
            clippy::print_stderr,
            reason = "a build script's only way to explain itself"
        )]
        {
            eprintln!("libotr 4.1 not found (install libotr5-dev): {error}");
        }
        std::process::exit(1);
    }
}
