#!/usr/bin/env bash
# Install the Debian packages the full test suite uses, when they are missing:
# LibreOffice (PDF), CJK fonts, poppler (PDF text), Chromium (browser tests),
# PostgreSQL (the database tests run on SQLite and on PostgreSQL).
set -euo pipefail
packages=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk fonts-arphic-ukai
          poppler-utils chromium postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "缺少系统软件包：${missing[*]}；请以 root 运行 make system-deps。" >&2
  exit 1
fi
echo "installing: ${missing[*]}"
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
