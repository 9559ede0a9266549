#!/bin/sh
# Runs a test program with a desktop keychain of its own, or with none:
#
#   keychain_session.sh --secret-service PROGRAM [ARGS...]
#       a private D-Bus session bus (dbus-run-session) with a real Secret
#       Service on it (gnome-keyring-daemon), whose login keyring is made
#       and unlocked with a throwaway password in a temporary home;
#   keychain_session.sh --no-session-bus PROGRAM [ARGS...]
#       no D-Bus session bus at all, as offscreen in CI.
#
# Either way the user's own keychain and session are never reached: HOME,
# XDG_RUNTIME_DIR (where a session bus's socket may sit), XDG_DATA_HOME and
# the display variables point nowhere else. Nothing is left behind.
set -eu
mode=$1
shift
dir=$(mktemp -d "${TMPDIR:-/tmp}/coopdesk-keychain.XXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/run" "$dir/data"
export HOME="$dir" XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/data"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP
case "$mode" in
--secret-service)
    # --unlock reads the login keyring's password from stdin and creates
    # the keyring with it; it becomes the default collection, so writing
    # needs no prompt.
    dbus-run-session -- sh -c '
        printf %s throwaway-keyring-password |
            gnome-keyring-daemon --unlock --daemonize --components=secrets >/dev/null
        exec "$@"' keychain-session "$@"
    ;;
--no-session-bus)
    "$@"
    ;;
*)
    echo "keychain_session.sh: unknown mode $mode" >&2
    exit 2
    ;;
esac
