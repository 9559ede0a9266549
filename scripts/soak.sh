#!/usr/bin/env bash
# The soak of issue 9: COMMANDS commands (default 1 000 000) appended by
# coopdesk-cli while the desktop app is open on the same co-op file
# (offscreen). Samples the app's memory after every chunk, then checks the
# app is still running, caught up (projection lag 0) and that the read
# models verify. Prints a table for docs/RELIABILITY.md.
#
#   scripts/soak.sh [--heaptrack] [COMMANDS]
#
# --heaptrack runs the app under heaptrack and ends with its heap over time
# (from start to the end of the soak) and what was still allocated at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
heaptrack=no
if [ "${1:-}" = "--heaptrack" ]; then
    heaptrack=yes
    shift
fi
total="${1:-1000000}"
chunk=50000
families=10000
source scripts/dependencies.sh
coopdesk_install_packages
[ "$heaptrack" = yes ] && coopdesk_install_packages heaptrack
cmake --preset release >/dev/null
cmake --build --preset release --target coopdesk coopdesk-cli
bin=build/release/app
work="$(mktemp -d)"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
db="$work/soak.coop"
"$bin/coopdesk-cli" --db "$db" init >/dev/null

launcher=()
[ "$heaptrack" = yes ] && launcher=(heaptrack -o "$work/app-heap")
QT_QPA_PLATFORM=offscreen "${launcher[@]}" "$bin/desktop/coopdesk" "$db" >"$work/app.log" 2>&1 &
app=$!
wrapper=$app
if [ "$heaptrack" = yes ]; then
    # The app runs under heaptrack's script: sample the process that is it.
    exe="$(realpath "$bin/desktop/coopdesk")"
    app=
    for _ in $(seq 100); do
        for pid in $(pgrep -f desktop/coopdesk || true); do
            [ "$(readlink "/proc/$pid/exe" || true)" = "$exe" ] && app=$pid
        done
        [ -n "$app" ] && break
        sleep 0.1
    done
fi

rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$app/status"; }

# One command a line: families enrolled first, then tuition charges and the
# payments that settle them, engagement and risk updates and logins spread
# over them.
commands() {
    awk -v from="$1" -v to="$2" -v families="$families" 'BEGIN {
        for (i = from; i < to; i++) {
            f = i % families
            if (i < families) {
                printf "{\"command\":\"EnrollFamily\",\"family_id\":\"s%d\",\"family_name\":\"Soak %d\",\"enrollment_date\":\"2024-01-01\"}\n", f, f
            } else if (i % 8 == 0) {
                m = (i / 8) % 12 + 1
                printf "{\"command\":\"ChargeTuition\",\"family_id\":\"s%d\",\"charge_id\":\"c%d\",\"month\":\"2024-%02d\",\"amount_cents\":5000,\"due_date\":\"2024-%02d-10\"}\n", f, i, m, m
            } else if (i % 8 == 4) {
                # pays the charge four lines up, so credit and open charges stay few
                printf "{\"command\":\"ReceivePayment\",\"family_id\":\"s%d\",\"amount_cents\":5000,\"date\":\"2024-02-01\",\"payment_method\":\"ach\"}\n", (i - 4) % families
            } else if (i % 4 == 1) {
                printf "{\"command\":\"UpdateRiskScore\",\"family_id\":\"s%d\",\"new_score\":%d}\n", f, i % 101
            } else if (i % 4 == 2) {
                printf "{\"command\":\"UpdateEngagementScore\",\"family_id\":\"s%d\",\"new_score\":%d}\n", f, (i * 7) % 101
            } else {
                printf "{\"command\":\"RecordLogin\",\"family_id\":\"s%d\",\"date\":\"2024-03-01\"}\n", f
            }
        }
    }'
}

printf '| commands | elapsed s | app RSS MiB |\n|---:|---:|---:|\n'
start=$(date +%s)
printf '| %d | %d | %d |\n' 0 0 $(( $(rss_kib) / 1024 ))
for (( done = 0; done < total; done += chunk )); do
    end=$(( done + chunk < total ? done + chunk : total ))
    if ! commands "$done" "$end" | "$bin/coopdesk-cli" --db "$db" --fast exec >"$work/exec.out"; then
        echo "exec reported a failure:" >&2
        grep -m3 '"ok":false' "$work/exec.out" >&2
        exit 1
    fi
    kill -0 "$app" || { echo "the app died" >&2; cat "$work/app.log" >&2; exit 1; }
    printf '| %d | %d | %d |\n' "$end" $(( $(date +%s) - start )) $(( $(rss_kib) / 1024 ))
done

# The app catches up by itself: wait (up to 10 minutes) for lag 0.
for _ in $(seq 600); do
    lag=$("$bin/coopdesk-cli" --db "$db" status | grep -o '"lag_events":[0-9]*' | cut -d: -f2 | sort -n | tail -1)
    [ "$lag" = 0 ] && break
    sleep 1
done
echo "projection lag after the soak: $lag events; app RSS $(( $(rss_kib) / 1024 )) MiB"
"$bin/coopdesk-cli" --db "$db" verify

if [ "$heaptrack" = yes ]; then
    # SIGTERM ends the app at once; heaptrack then finishes its file (what
    # it calls leaked is what the app still held when it was ended).
    kill "$app"
    wait "$wrapper" || true
    mkdir -p build/soak
    data=build/soak/app-heap.zst
    mv "$(ls "$work"/app-heap*)" "$data"
    echo "heaptrack's data: $data (heaptrack_print -f $data for the allocation sites)"
    heaptrack_print -f "$data" -p 0 -a 0 -T 0 -l 0 -M "$work/massif.out" --massif-detailed-freq 0 |
        grep -E "peak heap memory consumption|peak RSS|total memory leaked"
    echo "heap over time (seconds since the app started, largest in each 30 s):"
    awk -F= '/^time=/ { t = $2 } /^mem_heap_B=/ { b = int(t / 30); if ($2 > heap[b]) heap[b] = $2; if (b > last) last = b }
             END { for (b = 0; b <= last; b++) printf "  %5d s  %7.1f MiB\n", b * 30, heap[b] / 1048576 }' "$work/massif.out"
fi
