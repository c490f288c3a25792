#!/usr/bin/env bash
# Mutation testing of the pure core (crates/core/src/**, crates/dataset/src/**, .cargo/mutants.toml) with cargo-mutants: each
# mutant is one small change to the code (`<` made `<=`, a function returning a default value);
# a native test must fail for each, or the mutant is excluded in .cargo/mutants.toml with the
# reason it cannot change a result. Browser and end-to-end tests are not run.
#
#   scripts/mutants.sh                  every mutant (≈ 1,720; ≈ 2 h 30 min on 2 cores)
#   scripts/mutants.sh --shard 2/6      one sixth of them; results kept in mutants.out/shard-2-of-6
#   scripts/mutants.sh --in-diff [REF]  only the lines changed since REF (default HEAD~1), and
#                                       what the working tree changes on top
#
# Other arguments go to cargo-mutants (e.g. -F 'crates/dataset/src/palette.rs'). Installs cargo-mutants
# from crates.io when missing. Mutants are built in a copy of the tree: the work tree is never
# touched, and the copy's first build takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo mutants --version >/dev/null 2>&1; then
  echo "==> installing cargo-mutants from crates.io (a few minutes, once)"
  cargo install cargo-mutants --version 27.1.0 --locked
fi

args=()
out=mutants.out/all
while (($#)); do
  case "$1" in
    --shard)
      args+=(--shard "$2")
      out="mutants.out/shard-${2%/*}-of-${2#*/}"
      shift 2
      ;;
    --in-diff)
      ref=HEAD~1
      if [[ $# -gt 1 && $2 != --* ]]; then ref=$2; shift; fi
      shift
      diff=$(mktemp)
      trap 'rm -f "$diff"' EXIT
      git diff "$ref" -- crates/core/src crates/dataset/src >"$diff"
      if [[ ! -s $diff ]]; then
        echo "mutants: no change to crates/core or crates/dataset since $ref"
        exit 0
      fi
      args+=(--in-diff "$diff")
      out="mutants.out/diff"
      ;;
    *)
      args+=("$1")
      shift
      ;;
  esac
done

# The native test targets: the library's unit tests and every tests/*.rs but the browser's, of
# the app's package also for a mutant of the core's or the dataset's crate, whose tests are the app's
# (cargo-mutants 27.1 tests only the mutated package, whatever --test-package says).
tests=(--workspace --cargo-test-arg=--package=renewal-explorer --cargo-test-arg=--lib)
for file in tests/*.rs; do
  name=$(basename "$file" .rs)
  [[ $name == web ]] || tests+=("--cargo-test-arg=--test=$name")
done

mkdir -p "$out"
echo "==> cargo mutants ${args[*]} → $out"
status=0
# A mutant can make the build script loop (it checks every quote with the dataset crate's numerals):
# no build of one mutant takes 5 minutes otherwise (≈ 5 s each; the first, ≈ 1.5 min).
cargo mutants --profile mutants --build-timeout 300 "${tests[@]}" "${args[@]}" --output "$out" || status=$?
# 0: every mutant caught; 2: some missed; 3: some timed out. The counts, per outcome:
for outcome in caught missed unviable timeout; do
  printf '%-9s %s\n' "$outcome" "$(wc -l <"$out/mutants.out/$outcome.txt" 2>/dev/null || echo 0)"
done
[[ -s "$out/mutants.out/missed.txt" ]] && { echo "missed (each needs a test, or an exclusion with its reason):"; cat "$out/mutants.out/missed.txt"; }
exit $status
