//! Links Debian's libotr 4.1 (package libotr5-dev at build time, libotr5 at run time), then
//! compiles and runs `build/layout.c`, which prints the size and field offsets of the libotr
//! structures that `src/ffi.rs` mirrors or reads, as the installed headers define them. The
//! result, `$OUT_DIR/layout.rs`, is checked against the Rust mirror at compile time.
//!
//! Running the program assumes a native build (host = target), as Debian builds are.

use std::path::PathBuf;
use std::process::Command;

fn fail(message: &str) -> ! {
    // Build scripts report through cargo's protocol on stdout/stderr.
    #[expect(
        clippy::print_stderr,
        reason = "a build script's only way to explain itself"
    )]
    {
        eprintln!("{message}");
    }
    std::process::exit(1);
}

fn main() {
    let library = match pkg_config::Config::new()
        .atleast_version("4.1")
        .probe("libotr")
    {
        Ok(library) => library,
        Err(error) => fail(&format!(
            "libotr 4.1 not found (install libotr5-dev): {error}"
        )),
    };

    println!("cargo:rerun-if-changed=build/layout.c");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let program = out_dir.join("otter-libotr-layout");
    let mut compile = cc::Build::new().get_compiler().to_command();
    for include in &library.include_paths {
        compile.arg("-I").arg(include);
    }
    compile.arg("build/layout.c").arg("-o").arg(&program);
    match compile.status() {
        Ok(status) if status.success() => {}
        Ok(status) => fail(&format!("compiling build/layout.c failed: {status}")),
        Err(error) => fail(&format!("could not run the C compiler: {error}")),
    }
    let output = match Command::new(&program).output() {
        Ok(output) if output.status.success() => output,
        Ok(output) => fail(&format!("build/layout.c exited with {}", output.status)),
        Err(error) => fail(&format!("could not run the layout program: {error}")),
    };
    if let Err(error) = std::fs::write(out_dir.join("layout.rs"), &output.stdout) {
        fail(&format!("could not write layout.rs: {error}"));
    }
}
