# Sourced by the .ci scripts: each phase of a run says when it starts and how
# long it took, so a slow or failing CI log shows where the time went.
#
#   phase_begin "build"     # prints "::: build"
#   ...                     # the phase's commands
#   phase_end               # prints "::: build: 3 min 12 s"
#
# With HELPDESK_PHASE_LOG set (.ci/run sets it), every finished phase is also
# appended to that file as "SECONDS<TAB>NAME", for the summary at the end. A
# phase that fails is named by phase_failed (call it from an EXIT trap).

_phase_name=""
_phase_started=0

phase_duration() { # SECONDS -> "3 min 12 s"
    local seconds=$1
    if [ "$seconds" -ge 60 ]; then
        printf '%d min %02d s' $((seconds / 60)) $((seconds % 60))
    else
        printf '%d s' "$seconds"
    fi
}

phase_begin() {
    _phase_name=$1
    _phase_started=$(date +%s)
    echo "::: $_phase_name"
}

phase_end() {
    local took=$(($(date +%s) - _phase_started))
    echo "::: $_phase_name: $(phase_duration "$took")"
    if [ -n "${HELPDESK_PHASE_LOG:-}" ]; then
        printf '%s\t%s\n' "$took" "${HELPDESK_PHASE_PREFIX:-}$_phase_name" >> "$HELPDESK_PHASE_LOG"
    fi
    _phase_name=""
}

# In an EXIT trap: names the phase that was running when the script stopped.
phase_failed() {
    local status=$1
    if [ -n "$_phase_name" ] && [ "$status" -ne 0 ]; then
        local took=$(($(date +%s) - _phase_started))
        echo "::: FAILED in phase \"$_phase_name\" after $(phase_duration "$took") (status $status)" >&2
    fi
}
