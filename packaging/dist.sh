#!/usr/bin/env bash
# Builds this machine's packages of Compute Desk and checks them; `./mvnw -B -Pdist -DskipTests package` calls it
# after staging the app jar and its dependencies in target/dist/input (packaging/README.md).
#
# usage: dist.sh JAVA_HOME DIST_DIR MAIN_JAR VERSION MAINTAINER_EMAIL "PACKAGE_TYPES" ICON [ARCHIVED_JARS]
set -euo pipefail

java_home=$1 dist=$2 main_jar=$3 version=$4 maintainer=$5 types=$6 icon=$7
cds_jars=${8:-javafx-}
here=$(cd "$(dirname "$0")" && pwd)
max_installed_mb=118 # 115 MB now (packaging/README.md, "Sizes"), with a little room for new code

fail() { echo "dist: FAILED: $*" >&2; exit 1; }
skip() { echo "dist: skipped: $*"; }
say() { echo "dist: $*"; }

# Class data sharing (an archive of the classes the app loads at start-up, mapped instead of parsed) only works with
# the runtime and the jar paths that made it. The Linux packages make their archive when installed (step 4); the other
# OSes' packages have no such step, so their runtime carries the JDK's own archive of its classes instead.
[[ $types == *deb* || $types == *rpm* ]] && archive_at_install=true || archive_at_install=false

# 1. A Java runtime of only the modules the app uses (packaging/runtime-modules.txt says why each is there).
runtime=$dist/runtime
rm -rf "$runtime" "$dist/image" "$dist/packages"
modules=$(grep -v '^#' "$here/runtime-modules.txt" | cut -d' ' -f1 | paste -sd, -)
jlink_options=(--include-locales=en,ko --strip-debug --no-header-files --no-man-pages --compress=2)
$archive_at_install || jlink_options+=(--generate-cds-archive)
"$java_home/bin/jlink" --add-modules "$modules" "${jlink_options[@]}" --output "$runtime"
rm -f "$runtime"/lib/server/classes_nocoops.jsa # for heaps over 32 GB; the launcher caps the heap at 1 GB
# The JDK's native libraries keep their symbol tables (Debian's: 4 MB of libjvm.so's 24 MB); --strip-debug and jlink's
# --strip-native-debug-symbols only remove debug information, which they do not have. Crash reports still name the
# JVM's functions from the dynamic symbols, which stay.
if [[ $(uname -s) == Linux ]] && command -v strip >/dev/null; then
    find "$runtime" -type f -name '*.so' -exec strip --strip-unneeded {} +
else
    skip "stripping the runtime's native libraries: needs Linux and strip (Debian: binutils)"
fi
say "runtime: $(du -sm "$runtime" | cut -f1) MB, modules: $("$runtime/bin/java" --list-modules | paste -sd' ' -)"

# 2. The app image: launcher, app jars, runtime.
cds_options=()
if $archive_at_install; then
    # The JDK 17 archiver skips the classes of signed jars and crashes on lambdas implementing their interfaces, so the
    # Azure SDK's jars lose their signatures (which only say that the jar is the one Microsoft published).
    for jar in "$dist"/input/*.jar; do
        if unzip -Z1 "$jar" | grep -E '^META-INF/[^/]+\.(SF|RSA|DSA|EC)$' >/dev/null; then
            zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null
        fi
    done
    cds_options=(--java-options '-XX:SharedArchiveFile=$APPDIR/compute-desk.jsa' --java-options -Xlog:cds=off)
fi
# Only this machine's native library of JNA (the keyring and the Windows data protection the token cache uses): the jar
# carries those of 25 other systems, 1.6 MB that no installed app of this OS and processor ever loads.
case $(uname -s)-$(uname -m) in
    Linux-x86_64) jna_native=linux-x86-64 ;; Linux-aarch64) jna_native=linux-aarch64 ;; *) jna_native= ;;
esac
if [[ -n $jna_native ]]; then
    for jar in "$dist"/input/jna-[0-9]*.jar; do
        [[ -e $jar ]] || continue
        others=$(unzip -Z1 "$jar" | grep -E '^com/sun/jna/[a-z0-9-]+/(lib)?jnidispatch\.[a-z]+$' \
                 | grep -v "^com/sun/jna/$jna_native/" || true) # none left when the jar was staged by an earlier build
        [[ -z $others ]] || zip -q -d "$jar" $others >/dev/null
    done
fi
# Local variable tables (the names of local variables, for debuggers) out of the jars' classes, which makes them and the
# class data sharing archive smaller (StripLocalVariables.java; signed jars are left as they are).
"$java_home/bin/java" --add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED \
    "$here/StripLocalVariables.java" "$dist"/input/*.jar || fail "could not remove the local variable tables from the jars"
"$java_home/bin/jpackage" @"$here/jpackage.args" --type app-image --app-version "$version" \
    --input "$dist/input" --main-jar "$main_jar" --runtime-image "$runtime" --icon "$icon" "${cds_options[@]}" \
    --dest "$dist/image"
image=$dist/image/ComputeDesk
launcher=$image/bin/ComputeDesk
app_dir=$image/lib/app

# 3. Start the image once under a virtual display: it must reach its first screen, and the classes it loads on the way
#    are the list the Linux packages archive when installed.
run_image() { # JAVA_TOOL_OPTIONS for the run; prints the app's READY line, or its output when it did not start
    local options=$1 scratch output
    scratch=$(mktemp -d)
    output=$(JAVA_TOOL_OPTIONS=$options xvfb-run -a "$launcher" --settings-dir "$scratch/settings" \
        --emulator-state "$scratch/emulator/state.json" --exit-when-ready 2>&1) || true
    rm -rf "$scratch"
    grep '^READY' <<<"$output" || { tail -20 <<<"$output" >&2; return 1; }
}
if ! command -v xvfb-run >/dev/null; then
    skip "start check: xvfb-run is not installed (Debian: xvfb), so the packages carry no class list either"
elif ! $archive_at_install; then
    run_image "" || fail "the image did not start: $launcher --exit-when-ready"
else
    loaded=$(mktemp -d)
    run_image "-Xshare:off -XX:DumpLoadedClassList=$loaded/all.classlist -Xlog:class+load=info:file=$loaded/load.log" \
        || fail "the image did not start: $launcher --exit-when-ready"
    # The archive keeps every class it holds whole (about 6 KB each), so holding all 9,000 classes of the start would
    # make it 52 MB; it holds the JDK's classes, those of the jars whose names match $cds_jars (JavaFX by default) and
    # the lambdas of those, the ones that gain most (packaging/README.md has the figures). `-Ddist.cds.jars=.` archives
    # every class of the start instead.
    awk -v jars="$cds_jars" '
        NR == FNR { if ($3 == "source:" && ($4 ~ /^jrt:\// || $4 ~ ("^file:.*/lib/app/(" jars ")[^/]*[.]jar$"))) {
                        name = $2; gsub(/[.]/, "/", name); kept[name] = 1 }
                    next }
        /^#/ || /^@lambda-form-invoker/ { print; next }
        /^@lambda-proxy/ { if ($2 in kept) print; next }
        /^@/ { print; next }
        $1 in kept' "$loaded/load.log" "$loaded/all.classlist" >"$app_dir/compute-desk.classlist"
    say "image starts; class list of $(grep -vc '^[@#]' "$app_dir/compute-desk.classlist") of the" \
        "$(grep -vc '^[@#]' "$loaded/all.classlist") classes it loads, and of $(grep -c '^@lambda-proxy' \
        "$app_dir/compute-desk.classlist") of its $(grep -c '^@lambda-proxy' "$loaded/all.classlist") lambdas"
    rm -rf "$loaded"
    # The packages' install step, here for the image's own paths: the archive must be made, and the app start with it.
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app_dir/compute-desk.classlist" "$launcher" >/dev/null 2>&1 \
        || fail "no class data sharing archive could be made from the class list"
    run_image "-Xshare:on" || fail "the image does not start with its class data sharing archive"
    say "image starts with its class data sharing archive"
fi
# What an install takes, the archive included (it exists here when the Linux packages make one at install), and of what.
mb() { echo $((($(du -sck "$@" 2>/dev/null | tail -1 | cut -f1) + 512) / 1024)); }
installed_mb=$(mb "$image")
largest_jars=$(ls -S "$app_dir"/*.jar | head -3 | while read -r jar; do printf '%s %s MB; ' "$(basename "$jar")" "$(mb "$jar")"; done)
breakdown="runtime $(mb "$image/lib/runtime") MB (lib/modules $(mb "$image/lib/runtime/lib/modules"), libjvm.so\
 $(mb "$image/lib/runtime/lib/server/libjvm.so"), other native libraries $(mb "$image"/lib/runtime/lib/*.so)),\
 jars $(mb "$app_dir"/*.jar) MB (${largest_jars}…), class data sharing archive $(mb "$app_dir"/*.jsa) MB"
((installed_mb <= max_installed_mb)) \
    || fail "installed, the app takes ${installed_mb} MB, more than ${max_installed_mb} MB: ${breakdown}"
say "installed, the app takes ${installed_mb} MB of at most ${max_installed_mb}: ${breakdown}"
rm -f "$app_dir/compute-desk.jsa"

# 4. The packages of this OS, each where its tools exist.
package() { # type, then that type's own options
    local type=$1; shift
    "$java_home/bin/jpackage" --type "$type" --app-image "$image" --name ComputeDesk --app-version "$version" \
        --description "Desktop console for Azure Machine Learning compute" --vendor "Compute Desk" \
        --license-file "$here/LICENSE.txt" --icon "$icon" --dest "$dist/packages" "$@"
}
linux=(--linux-package-name computedesk --linux-shortcut --linux-menu-group "Development;" --linux-app-category devel
       --linux-deb-maintainer "$maintainer" --resource-dir "$here/linux")
for type in $types; do
    case $type in
        deb) command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
                 && package deb "${linux[@]}" --linux-package-deps libgtk-3-0 \
                 || skip "deb: needs dpkg-deb and fakeroot" ;;
        rpm) command -v rpmbuild >/dev/null \
                 && package rpm "${linux[@]}" --linux-package-deps gtk3 \
                 || skip "rpm: rpmbuild is not installed (Debian: rpm)" ;;
        msi) command -v candle.exe >/dev/null && command -v light.exe >/dev/null \
                 && package msi --win-menu --win-menu-group "Compute Desk" --win-shortcut --win-dir-chooser \
                        --win-upgrade-uuid ae3e07ad-7bbd-4920-a320-6626bc2ce50a \
                 || skip "msi: needs WiX 3 (candle.exe, light.exe) on the PATH" ;;
        dmg|pkg) package "$type" --mac-package-identifier dev.computedesk.app --mac-package-name "Compute Desk" ;;
    esac
done

# 5. What a .deb must hold.
for deb in "$dist"/packages/*.deb; do
    [[ -e $deb ]] || continue
    dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "$deb: Depends lacks libgtk-3-0"
    contents=$(dpkg-deb -c "$deb")
    desktop=$(grep -o '\./opt/computedesk/lib/computedesk-ComputeDesk\.desktop$' <<<"$contents") \
        || fail "$deb: no .desktop menu entry"
    grep -q '\./opt/computedesk/lib/ComputeDesk\.png$' <<<"$contents" || fail "$deb: no icon"
    grep -q '\./opt/computedesk/lib/app/compute-desk\.classlist$' <<<"$contents" \
        || say "$deb: no class list, so no class data sharing archive when installed"
    if command -v desktop-file-validate >/dev/null; then
        unpacked=$(mktemp -d)
        dpkg-deb -x "$deb" "$unpacked"
        desktop-file-validate "$unpacked/$desktop" || fail "$deb: the .desktop file is not valid"
        rm -rf "$unpacked"
    else
        skip "desktop-file-validate: not installed (Debian: desktop-file-utils)"
    fi
    say "$(basename "$deb"): $(du -m "$deb" | cut -f1) MB, installs $(($(dpkg-deb -f "$deb" Installed-Size) / 1024)) MB" \
        "plus the archive made at install; Depends: $(dpkg-deb -f "$deb" Depends)"
done
say "packages in $dist/packages: $(ls "$dist/packages" 2>/dev/null | paste -sd' ' -)"
