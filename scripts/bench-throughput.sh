#!/usr/bin/env bash
# End-to-end throughput of `echt score` on a generated corpus, next to ripgrep.
#
#   scripts/bench-throughput.sh [SIZE_MB] [KIND]
#
# SIZE_MB defaults to 200 (use 1024 for the RSS target). KIND is `prose`
# (default: the neutral corpus, i.e. ordinary Dutch prose — the throughput
# target's definition), `ads` (ad copy: dense with claims, the slow case) or
# `mixed`; any other KIND is taken as a glob of marked-up corpus files
# (`'corpus/dev/neutral-12.txt'`), to see how throughput depends on the
# kind of text. Builds the release binary, generates
# bench-data/corpus-<KIND>-<SIZE>mb.jsonl by repeating those corpus texts
# (markup removed, one document per line, ~1 KB each), then measures wall time, MB/s, docs/s and
# peak RSS of `echt score` with 1 thread and with all cores, and the time of
# `rg -i -w -c -f <surface forms of the lexicons>` on the same file as the
# reference point. Needs python3, GNU time (/usr/bin/time) and, for the
# reference, ripgrep (`apt-get install ripgrep`). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-200}
kind=${2:-prose}
case "$kind" in
  prose) pattern='corpus/*/neutral*.txt' ;;
  ads) pattern='corpus/*/ads*.txt' ;;
  mixed) pattern='corpus/*/*.txt' ;;
  *) pattern="$kind"
     if ! compgen -G "$pattern" > /dev/null; then
       echo "KIND is prose, ads, mixed or a glob of corpus files; no file matches $kind" >&2
       exit 2
     fi ;;
esac
mkdir -p bench-data
name=$(printf '%s' "$kind" | tr -c 'A-Za-z0-9-' '_')
corpus=bench-data/corpus-${name}-${size_mb}mb.jsonl
forms=bench-data/surface-forms.txt

cargo build --release -q
echt=${CARGO_TARGET_DIR:-target}/release/echt

if [ ! -s "$corpus" ]; then
  python3 - "$corpus" "$size_mb" "$pattern" <<'PY'
import json, re, sys, glob
path, size, pattern = sys.argv[1], int(sys.argv[2]) * 1024 * 1024, sys.argv[3]
items = []
for f in sorted(glob.glob(pattern)):
    for line in open(f, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            items.append(re.sub(r"\[([^\]]*)\]\{[^}]*\}", r"\1", line))
# Documents of ~1 KB: consecutive items joined, cycling through the corpus.
docs, cur = [], ""
for it in items:
    cur = (cur + " " + it).strip()
    if len(cur) >= 1000:
        docs.append(cur); cur = ""
written, n = 0, 0
with open(path, "w", encoding="utf-8") as out:
    while written < size:
        for d in docs:
            line = json.dumps({"id": f"doc-{n}", "text": d}, ensure_ascii=False) + "\n"
            out.write(line); written += len(line.encode()); n += 1
            if written >= size:
                break
print(f"generated {path}: {written/1e6:.0f} MB, {n} documents", file=sys.stderr)
PY
fi

# Literal surface forms of the lexicon patterns, for the ripgrep reference.
python3 - "$forms" <<'PY'
import re, sys, tomllib, glob
words = set()
for f in glob.glob("lexicons/nl/*.toml"):
    for rule in tomllib.load(open(f, "rb")).get("rule", []):
        for p in rule.get("patterns", []):
            for w in re.split(r"[\s()\[\]|?]+", p):
                w = w.strip()
                if not w or w.startswith("...") or w.startswith("<") or ":" in w or "&" in w:
                    continue
                w = w.replace("*", "")
                if len(w) >= 3:
                    words.add(w)
open(sys.argv[1], "w").write("\n".join(sorted(words)) + "\n")
print(f"{len(words)} surface forms", file=sys.stderr)
PY

bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")
measure() { # label, command...
  local label=$1; shift
  local t
  t=$( { /usr/bin/time -f "%e %M" "$@" > /dev/null; } 2>&1 | tail -1)
  local secs=${t% *} rss=${t#* }
  python3 -c "
b, d, s, r = $bytes, $docs, max($secs, 0.001), $rss
print(f'| $label | {s:.2f} s | {b/1e6/s:.1f} MB/s | {d/s:,.0f} docs/s | {r/1024:.0f} MB |')"
}
echo "corpus ($kind): $corpus, $((bytes / 1000000)) MB, $docs documents, $(nproc) cores"
echo
echo "| run | wall | throughput | documents | peak RSS |"
echo "|---|---|---|---|---|"
measure "echt score, 1 thread" "$echt" score --quiet --threads 1 "$corpus"
measure "echt score, $(nproc) threads" "$echt" score --quiet "$corpus"
if command -v rg > /dev/null; then
  measure "rg -i -w -c -f forms (reference)" rg -i -w -c -f "$forms" "$corpus"
else
  echo "| rg (reference) | not installed: apt-get install ripgrep | | | |"
fi
