#!/bin/sh
# Rebuild Benchmarks/extraction/devset/pages/ from the public repositories listed in pages.tsv.
#
# The page files are not committed (the bytes belong to third-party sites and are kept out of
# this repository); each row of pages.tsv names the repository, path and commit a page was taken
# from, byte-exact, and its sha256.  The script reads them with `git show <commit>:<path>` from
# local bare mirrors of those repositories and checks every sha256.
#
# usage: rebuild.sh [MIRROR_ROOT]
#   MIRROR_ROOT holds one bare mirror per repository, as MIRROR_ROOT/<owner>+<name>/repo
#   (default /work/.mirror, the layout the workspace `fetch` tool produces; a plain
#   `git clone --bare https://github.com/<owner>/<name> MIRROR_ROOT/<owner>+<name>/repo`
#   gives the same layout elsewhere).  Pages a repository stored as a Python bytes literal (the
#   encoding column says so) are read back with python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=${1:-/work/.mirror}
out="$here/pages"
mkdir -p "$out"
# columns: id site kind encoding repo path commit licence sha256
# The loop reads pages.tsv by redirection, not through a pipe: its `exit 1` must end the script.
{
read -r _header
while IFS='	' read -r id site kind enc repo path commit licence sha; do
  gd="$root/$(echo "$repo" | tr / +)/repo"
  [ -d "$gd/.git" ] && gd="$gd/.git"
  if [ ! -d "$gd" ]; then
    echo "missing mirror for $repo ($gd): fetch it first" >&2; exit 1
  fi
  case "$enc:$path" in
    # The repository saved the server's bytes as the text of a Python bytes literal (`b'<!DOCTYPE …\xd6\xd0…'`):
    # the literal read back gives them exactly.
    *"bytes literal"*) git --git-dir="$gd" show "$commit:$path" \
      | python3 -c 'import ast, sys; sys.stdout.buffer.write(ast.literal_eval(sys.stdin.read()))' > "$out/$id.html" ;;
    *.xz) git --git-dir="$gd" show "$commit:$path" | xz -dc > "$out/$id.html" ;;  # page stored xz-compressed
    *.gz) git --git-dir="$gd" show "$commit:$path" | gzip -dc > "$out/$id.html" ;;
    *) git --git-dir="$gd" show "$commit:$path" > "$out/$id.html" ;;
  esac
  got=$(sha256sum "$out/$id.html" | cut -d' ' -f1)
  if [ "$got" != "$sha" ]; then
    echo "sha256 mismatch for $id ($repo $commit:$path)" >&2; exit 1
  fi
done
} < "$here/pages.tsv"
echo "rebuilt $(ls "$out" | wc -l) pages into $out"
