#!/usr/bin/env bash
# Compares what two builds of the annotator write, byte for byte: the working tree against REV (default HEAD).
# For changes meant to keep the output as it is (speed-ups, clean-ups).
#
#   Tests/compare-annotations.sh [REV] [EVAL_DIR]     EVAL_DIR defaults to ../shared/eval beside the checkout
#
# Corpora: the seed and dev articles of EVAL_DIR, seeds/, the fuzz corpus, and 4,000 hostile variants of them
# all (Tests/hostile_variants.py); `hearsay annotate --json` output and its standard error must be identical.
# REV is built in a temporary worktree (release), so the first run takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-HEAD}"
eval_dir="${2:-../shared/eval}"
work="$(mktemp -d)"
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

sources=(seeds/*.txt Tests/FuzzCorpus/*)
if [ -d "$eval_dir/dev" ]; then sources+=("$eval_dir"/seed/*.txt "$eval_dir"/dev/*.txt); else
    echo "compare-annotations.sh: no $eval_dir/dev; comparing on seeds/ and the fuzz corpus only" >&2
fi
mkdir "$work/corpus"
cp "${sources[@]}" "$work/corpus/" 2>/dev/null || true
python3 Tests/hostile_variants.py "$work/corpus/hostile" "${sources[@]}"

git worktree add -q --detach "$work/old" "$rev"
(cd "$work/old" && swift build -c release --product hearsay >/dev/null)
swift build -c release --product hearsay >/dev/null
old="$(cd "$work/old" && swift build -c release --show-bin-path)/hearsay"
new="$(swift build -c release --show-bin-path)/hearsay"

status=0
for name in old new; do
    binary="$old"; [ "$name" = new ] && binary="$new"
    (cd "$work" && "$binary" annotate --json corpus > "$name.jsonl" 2> "$name.err") || true
done
cmp -s "$work/old.jsonl" "$work/new.jsonl" || { echo "annotations differ from $rev:"; diff "$work/old.jsonl" "$work/new.jsonl" | head -20; status=1; }
cmp -s "$work/old.err" "$work/new.err" || { echo "messages differ from $rev:"; diff "$work/old.err" "$work/new.err" | head -20; status=1; }
[ $status = 0 ] && echo "identical to $rev on $(wc -l < "$work/new.jsonl") annotated files"
exit $status
