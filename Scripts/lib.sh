# Shared helpers for the scripts in Scripts/: logging and the repository root.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '%s\n' "$*" >&2; }
fatal() { printf 'error: %s\n' "$*" >&2; exit 1; }

# System packages uppdrag builds and runs with (Debian 12).
SYSTEM_PACKAGES=(libxml2-dev libxapian-dev xapian-tools xapian-omega pkg-config python3 wswedish poppler-utils tesseract-ocr tesseract-ocr-swe)

install_system_packages() {
    local missing=()
    for package in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || fatal "need root or sudo to install ${missing[*]}"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The Xapian databases of an index folder: those its XAPIANDB stub lists that exist, or the folder itself.
index_databases() {
    if [ -f "$1/XAPIANDB" ]; then
        awk '{print $2}' "$1/XAPIANDB" | while read -r name; do
            [ -e "$1/$name/iamglass" ] && echo "$1/$name"
        done
    elif [ -e "$1/iamglass" ]; then
        echo "$1"
    fi
    return 0
}

# xapian-check on every database of an index folder; prints the failing check's last line.
check_index() {
    local database
    for database in $(index_databases "$1"); do
        xapian-check "$database" >"$1.check.log" 2>&1 || { tail -1 "$1.check.log"; rm -f "$1.check.log"; return 1; }
    done
    rm -f "$1.check.log"
}
