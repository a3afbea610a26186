# Sourced by the build and test scripts: puts the tools setup.sh installs on PATH, npm's first.
#
# npm's binaryen must win over anything else called wasm-opt (Debian's binaryen 108 produces
# broken modules): wasm-pack runs whichever wasm-opt it finds first on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Fails loudly unless the wasm-opt on PATH is binaryen 132 from npm.
require_wasm_opt_132() {
    local version
    version="$(wasm-opt --version 2>/dev/null || true)"
    case "$version" in
        "wasm-opt version 132 "*) ;;
        *)
            echo "error: wasm-opt on PATH is '${version:-missing}' ($(command -v wasm-opt || echo none));" \
                 "expected version 132 from node_modules/.bin (run scripts/setup.sh)" >&2
            return 1
            ;;
    esac
}
