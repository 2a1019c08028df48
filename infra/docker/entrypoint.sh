#!/bin/sh
# Container entrypoint of the three services: for every variable NAME_FILE in the environment, NAME is
# read from that file (the convention of Docker and Compose secrets, mounted under /run/secrets), then the
# command runs. Setting both NAME and NAME_FILE is refused, so it is never unclear which one counts.
set -eu
# names are matched as [A-Z][A-Z0-9_]*, so expanding them with eval cannot run anything else
for file_var in $(env | sed -n 's/^\([A-Z][A-Z0-9_]*\)_FILE=.*/\1/p'); do
  eval "path=\${${file_var}_FILE}"
  eval "already=\${${file_var}+set}"
  if [ -n "$already" ]; then
    echo "entrypoint: both $file_var and ${file_var}_FILE are set; set only one" >&2
    exit 64
  fi
  if [ ! -r "$path" ]; then
    echo "entrypoint: ${file_var}_FILE names $path, which cannot be read" >&2
    exit 66
  fi
  # a trailing newline, as editors and `echo` leave it, is not part of the secret
  value=$(cat "$path")
  export "$file_var=$value"
  unset "${file_var}_FILE"
done
exec "$@"
