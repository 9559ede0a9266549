# Sourced by the scripts: installs the Debian/Ubuntu packages CoopDesk needs
# to build, test and run, when some are missing (apt-get, with sudo when not root).

coopdesk_packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    libqt6opengl6-dev     # Qt6Charts' CMake package needs Qt6OpenGL; qt6-base-dev only recommends it
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 libssl-dev
    libpq-dev             # the shared co-op's server store (core/store/postgres) speaks libpq
    postgresql            # the throwaway servers the shared-co-op tests start (ctest -L postgres)
    qtkeychain-qt6-dev    # the app keeps a server password in the desktop's keychain (QtKeychain)
    libsecret-1-0         # QtKeychain loads it to reach the Secret Service
    gnome-keyring dbus-daemon    # a real Secret Service on a private session bus (ctest -L keychain)
    fonts-dejavu-core
    dpkg-dev file desktop-file-utils appstream    # the packaging test (ctest -L packaging)
    mount                 # tst_disk_full and tst_cli_read_only_media mount a small tmpfs and a read-only view
)

coopdesk_install_packages() {
    local missing=()
    local package
    for package in "${coopdesk_packages[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
