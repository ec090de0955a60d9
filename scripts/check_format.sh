#!/usr/bin/env bash
# Fails, naming the files, when a C++ source or header of the project differs from what
# clang-format makes of it with the repository's .clang-format. Fix with:
#   scripts/check_format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$FORMAT" >/dev/null 2>&1; then
  echo "check_format: $FORMAT is not installed (apt-get install clang-format)" >&2
  exit 2
fi
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app bench core fuzz tests ui -name '*.cpp' -o -name '*.h' | sort)
fi
if [ "${1:-}" = "--fix" ]; then
  "$FORMAT" -i "${files[@]}"
  exit 0
fi
# One clang-format run over every file; each difference is reported as "FILE:LINE:COL: error: ...".
mapfile -t bad < <("$FORMAT" --dry-run --Werror "${files[@]}" 2>&1 | grep -o '^[^:]*:[0-9]*:[0-9]*: error' |
  cut -d: -f1 | sort -u)
if [ ${#bad[@]} -ne 0 ]; then
  echo "check_format: ${#bad[@]} file(s) differ from .clang-format (scripts/check_format.sh --fix):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check_format: ${#files[@]} files formatted."
