#!/usr/bin/env bash
# Reproduces the annotation accuracy figures: runs `hearsay annotate --json` (release build) on the
# evaluation corpora and scores it with the project's scorer.
#
#   Tests/evaluate.sh [EVAL_DIR]     EVAL_DIR defaults to ../shared/eval beside the checkout
#
# Corpora scored: EVAL_DIR/seed, EVAL_DIR/dev, and the bundled samples (seeds/ with Tests/SeedsGold/).
# Set VERBOSE=1 to list the errors of the worst articles (score.py --verbose).
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir="${1:-../shared/eval}"
if [ ! -f "$eval_dir/score.py" ]; then
    echo "evaluate.sh: no scorer at $eval_dir/score.py; the evaluation corpora are not on this machine" >&2
    echo "evaluate.sh: give their folder as the first argument (it holds score.py, seed/ and dev/)" >&2
    exit 2
fi
swift build -c release --product hearsay >/dev/null
bin="$(swift build -c release --show-bin-path)/hearsay"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The bundled samples: gold files in Tests/SeedsGold, articles in seeds/.
mkdir "$work/samples"
for gold in Tests/SeedsGold/*.gold.json; do
    name="$(basename "$gold" .gold.json)"
    cp "$gold" "$work/samples/"
    cp "seeds/$name.txt" "$work/samples/"
done

verbose=()
[ "${VERBOSE:-0}" = 1 ] && verbose=(--verbose)
for corpus in "$eval_dir/seed" "$eval_dir/dev" "$work/samples"; do
    [ -d "$corpus" ] || continue
    label="$(basename "$corpus")"
    "$bin" annotate --json "$corpus"/*.txt >"$work/$label.jsonl"
    echo "== $label"
    python3 "$eval_dir/score.py" "$corpus" "$work/$label.jsonl" "${verbose[@]}"
    echo
done
