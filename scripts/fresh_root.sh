#!/usr/bin/env bash
# Runs a command in a fresh Debian 12 root, the way a new user's machine is:
# nothing installed but apt, git and certificates, the checkout copied in, so
# whatever the command needs must come from the project's own scripts.
#
#   scripts/fresh_root.sh COMMAND [ARGS...]    run as root, e.g.
#   scripts/fresh_root.sh scripts/test.sh
#
# The root is made with mmdebstrap from this machine's own Debian sources,
# /proc, /sys and /dev (with /dev/shm and /dev/pts) are mounted for the run
# and unmounted after, and the host's ccache folder is bound in so rebuilds
# stay quick. No service starts inside the root (policy-rc.d), and a
# PostgreSQL package installed there creates no cluster of its own: the
# tests start their own servers.
#
# Exit status: the command's; 90 when the root cannot be made at all (no
# package archive reachable), so the caller may decide to run on the host.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then
    echo "usage: scripts/fresh_root.sh COMMAND [ARGS...]" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "fresh_root.sh: making and entering a root needs root (sudo scripts/fresh_root.sh ...)" >&2
    exit 2
fi

coopdesk_install_host_tools() {
    if ! command -v mmdebstrap > /dev/null; then
        apt-get update -qq || return 1
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap || return 1
    fi
}

sources=/etc/apt/sources.list.d/debian.sources
[ -f "$sources" ] || sources=/etc/apt/sources.list
ccache_dir="${CCACHE_DIR:-$HOME/.cache/ccache}"
mkdir -p "$ccache_dir"

root="$(mktemp -d /var/tmp/coopdesk-fresh-root.XXXXXX)/root"
mounted=()

cleanup() {
    local i target
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[$i]}" 2> /dev/null || umount -R -l "${mounted[$i]}" || true
    done
    # Anything a test mounted inside and left behind (a tmpfs, a read-only view).
    for target in $(findmnt -rn -o TARGET | grep "^$root/" | sort -r); do
        umount -l "$target" || true
    done
    # Only a root with nothing mounted inside is removed, and never across
    # file systems: a bind mount left behind must not take the host's files.
    if findmnt -rn -o TARGET | grep -q "^$root"; then
        echo "fresh_root.sh: $root still has mounts; left in place" >&2
    else
        rm -rf --one-file-system "$(dirname "$root")"
    fi
}
trap cleanup EXIT

echo "== a fresh Debian 12 root in $root"
started=$SECONDS
if ! coopdesk_install_host_tools \
    || ! mmdebstrap --quiet --variant=apt --include=git,ca-certificates \
        --aptopt='Acquire::Check-Valid-Until "false"' --aptopt='Acquire::Check-Date "false"' \
        bookworm "$root" "$sources"; then
    echo "fresh_root.sh: could not make a Debian 12 root (no package archive reachable?)" >&2
    exit 90
fi
echo "   made in $((SECONDS - started)) s"

# Services never start inside the root; PostgreSQL makes no cluster there.
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mkdir -p "$root/etc/postgresql-common/createcluster.d"
echo "create_main_cluster = false" > "$root/etc/postgresql-common/createcluster.d/coopdesk-ci.conf"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null || true

# The checkout as it is (tracked and new files, nothing ignored), and the
# shared documents beside it when they are there.
mkdir -p "$root/work/coopdesk"
git ls-files -z --cached --others --exclude-standard \
    | tar --null --files-from=- -cf - | tar -xf - -C "$root/work/coopdesk"
if [ -d ../shared ]; then
    cp -r ../shared "$root/work/shared"
fi

bind() { # bind SOURCE TARGET [--rbind]
    mkdir -p "$2"
    mount "${3:---bind}" "$1" "$2"
    mount --make-rslave "$2"
    mounted+=("$2")
}
mount -t proc proc "$root/proc"
mounted+=("$root/proc")
bind /sys "$root/sys" --rbind
bind /dev "$root/dev" --rbind
bind "$ccache_dir" "$root/ccache"

echo "== in the fresh root: $*"
status=0
chroot "$root" /usr/bin/env -i \
    HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" CCACHE_DIR=/ccache \
    ${COOPDESK_FUZZ_SECONDS:+COOPDESK_FUZZ_SECONDS=$COOPDESK_FUZZ_SECONDS} \
    /bin/bash -c 'cd /work/coopdesk && exec "$@"' bash "$@" || status=$?
exit $status
