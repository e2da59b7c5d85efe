# Stage timing for .ci/run and scripts/test.sh (sourced by both). `stage NAME` closes the
# running stage, printing "== NAME: N s (CPU N % busy)", and starts the next; `stage_end` closes the last.
# Times are also appended to $PLAZA_STAGE_TIMES when set, so that npm test can repeat CI's
# stages in one table (stage_table) just before its closing "N passed, N failed" line.
_stage_name=""
_stage_start=0
_stage_cpu=""

# "busy idle" jiffies of all cores since boot (Linux), to tell a stage that waits from one
# that has the machine's every core busy.
_cpu_jiffies() {
  [ -r /proc/stat ] || return 0
  awk '/^cpu / { idle = $5 + $6; busy = 0; for (i = 2; i <= NF; i++) busy += $i; print busy - idle, idle; exit }' /proc/stat
}

stage_end() {
  if [ -n "$_stage_name" ]; then
    local took=$((SECONDS - _stage_start)) load=""
    if [ -n "$_stage_cpu" ]; then
      load=$(_cpu_jiffies | awk -v before="$_stage_cpu" '{ split(before, b, " ");
        busy = $1 - b[1]; idle = $2 - b[2]; if (busy + idle > 0) printf " (CPU %d %% busy)", 100 * busy / (busy + idle) }')
    fi
    echo "== $_stage_name: $took s$load"
    [ -n "${PLAZA_STAGE_TIMES:-}" ] && printf '%s\t%s\n' "$took" "$_stage_name" >>"$PLAZA_STAGE_TIMES"
  fi
  _stage_name=""
}

stage() {
  stage_end
  _stage_name="$1"
  _stage_start=$SECONDS
  _stage_cpu=$(_cpu_jiffies)
  echo "== $_stage_name…"
}

stage_table() {
  [ -n "${PLAZA_STAGE_TIMES:-}" ] && [ -s "$PLAZA_STAGE_TIMES" ] || return 0
  echo "time per stage:"
  # Rows in parentheses ran beside other stages: shown, not added to the total.
  awk -F'\t' '{ printf "  %5d s  %s\n", $1, $2; if ($2 !~ /^\(/) total += $1 }
    END { printf "  %5d s  total\n", total }' \
    "$PLAZA_STAGE_TIMES"
}
