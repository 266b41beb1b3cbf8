#!/usr/bin/env bash
# bin/veille bench spark [--rounds N] [--copies K] [--master URL] [FILE|DIR...]
# Throughput of the Spark job (local[2] by default) against bin/veille analyze on the same files, same machine,
# rounds interleaved (CLI, Spark, CLI, Spark, ...) so that a shared machine's load falls on both alike. Both times
# are wall clock from the command's start (JVM and Spark session start-up included) to its last row written.
# Default inputs: the 964 WiNER-fr 2016-2017 texts under ../shared/data/winer-fr; --copies K analyses K copies
# of the list (links under a temporary folder, so every copy is its own article).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
ROUNDS=3; COPIES=1; MASTER='local[2]'; INPUTS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2 ;;
    --copies) COPIES=$2; shift 2 ;;
    --master) MASTER=$2; shift 2 ;;
    *) INPUTS+=("$1"); shift ;;
  esac
done
THREADS=$(sed -n 's/^local\[\([0-9]*\)\]$/\1/p' <<<"$MASTER"); THREADS=${THREADS:-2}
TMP=$(mktemp -d /tmp/veille-bench-spark.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
if [ ${#INPUTS[@]} -eq 0 ]; then
  W="$ROOT/../shared/data/winer-fr"
  [ -d "$W/2016" ] || { echo "bench spark: $W not found; give the files to analyse" >&2; exit 64; }
  find "$W/2016" "$W/2017" -type f -name '*.txt' ! -name '*-urls.txt' | sort > "$TMP/list"
else
  find "${INPUTS[@]}" -type f ! -name '.*' | sort > "$TMP/list"
fi
for k in $(seq 1 "$COPIES"); do
  mkdir -p "$TMP/in/$k"
  i=0
  while read -r f; do i=$((i+1)); ln -s "$(readlink -f "$f")" "$TMP/in/$k/$(printf '%06d' $i)-$(basename "$f")"; done < "$TMP/list"
done
N=$(( $(wc -l < "$TMP/list") * COPIES ))
echo "bench spark: $N files ($(wc -l < "$TMP/list") x $COPIES), $ROUNDS rounds, CLI --threads $THREADS vs Spark $MASTER"
# Builds and start-up caches first, outside the timed rounds.
"$ROOT/bin/veille" analyze --no-progress "$ROOT/samples/articles/fr-minimal-01.txt" > /dev/null
"$ROOT/bin/veille" spark --help 2> /dev/null
# Wall clock is what the issue compares; CPU seconds (user + system, from /usr/bin/time) say the same on a machine
# shared with other work, where wall clock mostly measures the neighbours.
for r in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -f "%e %U %S" -o "$TMP/cli.time" \
    "$ROOT/bin/veille" analyze --no-progress --threads "$THREADS" "$TMP/in" > "$TMP/cli.jsonl"
  rm -rf "$TMP/out"
  /usr/bin/time -f "%e %U %S" -o "$TMP/spark.time" \
    "$ROOT/bin/veille" spark --master "$MASTER" --input "$TMP/in" --output "$TMP/out" 2> "$TMP/spark.err" \
    || { cat "$TMP/spark.err" >&2; exit 1; }
  rows=$(wc -l < "$TMP/cli.jsonl")
  same=$(cat "$TMP"/out/jsonl/part-* | cmp -s - "$TMP/cli.jsonl" && echo "identical rows" || echo "ROWS DIFFER")
  inner=$(sed -n 's/.* in \([0-9.]*\) s (.*/\1/p' "$TMP/spark.err")
  read -r cw cu cs < "$TMP/cli.time"; read -r sw su ss < "$TMP/spark.time"
  awk -v r="$r" -v n="$rows" -v cw="$cw" -v cu="$cu" -v cs="$cs" -v sw="$sw" -v su="$su" -v ss="$ss" \
      -v inner="$inner" -v same="$same" 'BEGIN {
    cc = cu + cs; sc = su + ss;
    printf "round %d: CLI %.1f s wall (%.1f articles/s), %.1f CPU-s; Spark %.1f s wall (%.1f articles/s; job %.1f s without JVM and session start), %.1f CPU-s; Spark/CLI throughput %.2f wall, %.2f per CPU-s; %s\n",
      r, cw, n / cw, cc, sw, n / sw, inner, sc, cw / sw, cc / sc, same }'
  grep "phases" "$TMP/spark.err" || true
done
