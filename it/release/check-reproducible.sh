#!/usr/bin/env bash
# Builds the published modules twice from clean, in two different directories, and fails if any
# published file differs by a single byte. Each build starts from a fresh copy of the sources (no
# target/), so nothing of an earlier or incremental build can make the two agree by accident; the
# two directories differ, so an absolute path leaking into an artifact is caught too.
#
# usage: check-reproducible.sh REPO_ROOT WORK_DIR LOCAL_REPO offline=(true|false)
set -euo pipefail
root=$(cd "$1" && pwd)
work=$2
repo=$3
offline=$4
# The BOM is published as its source POM, so only the jars can differ.
modules=(annotations runtime processor bom)
published=(
  annotations/target/jsbind-annotations-VERSION.jar
  annotations/target/jsbind-annotations-VERSION-sources.jar
  annotations/target/jsbind-annotations-VERSION-javadoc.jar
  runtime/target/jsbind-runtime-VERSION.jar
  runtime/target/jsbind-runtime-VERSION-sources.jar
  runtime/target/jsbind-runtime-VERSION-javadoc.jar
  processor/target/jsbind-processor-VERSION.jar
  processor/target/jsbind-processor-VERSION-sources.jar
  processor/target/jsbind-processor-VERSION-javadoc.jar
)

mvn_flags=(-B -q -ntp -DskipTests "-Dmaven.repo.local=$repo")
[[ $offline == true || $offline == offline=true ]] && mvn_flags+=(-o)

rm -rf "$work"
for build in first second; do
  dir="$work/$build"
  mkdir -p "$dir"
  # The root POM, reduced to the published modules, and their sources; no target/ directories.
  grep -vE '<module>(tests|samples|it)</module>' "$root/pom.xml" > "$dir/pom.xml"
  (cd "$root" && tar --exclude=target -cf - "${modules[@]}") | (cd "$dir" && tar -xf -)
  echo "reproducibility: building the published modules ($build build)"
  (cd "$dir" && mvn "${mvn_flags[@]}" package)
done

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/bom/pom.xml" | head -n 1)
differ=0
count=0
for path in "${published[@]}"; do
  file=${path//VERSION/$version}
  for build in first second; do
    if [[ ! -f "$work/$build/$file" ]]; then
      echo "reproducibility: $file was not built ($build build)" >&2
      exit 1
    fi
  done
  count=$((count + 1))
  if ! cmp -s "$work/first/$file" "$work/second/$file"; then
    echo "reproducibility: $file differs between two builds from clean:" >&2
    # Name the entries that differ, to point at the cause (a timestamp, a path, an ordering).
    diff <(cd "$work/first" && unzip -lv "$file" | awk '{print $7, $8}') \
         <(cd "$work/second" && unzip -lv "$file" | awk '{print $7, $8}') >&2 || true
    differ=1
  fi
done
if [[ $differ != 0 ]]; then
  echo "reproducibility: FAILED (see above); the build is not reproducible" >&2
  exit 1
fi
echo "reproducibility: the $count published jars are byte-identical across two builds from clean"
