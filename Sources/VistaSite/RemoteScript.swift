/// The POSIX shell script that `SSHPublisher` runs on the server, over ssh, for each publish or
/// rollback: the server needs a POSIX shell, coreutils and rsync, and no Vista.
///
/// Layout, for the folder `/srv/vista/reporting`:
///
///     /srv/vista/reporting -> .reporting.vista-versions/site-7     the live site: a symbolic link
///     /srv/vista/.reporting.vista-versions/
///         .vista-versions      marker
///         .lock -> 12345       the lock: a link naming the process that holds it
///         incoming-12345/      the upload in progress
///         site-7/  site-6/ …   the live version and up to `keep` older ones
///         undone/              the version the last rollback took down
///
/// Arguments: `publish PATH KEEP` or `rollback PATH`. It answers on standard output, one line each:
/// `ready INCOMING LINKDEST` (publish: upload into INCOMING, then send `switch` on standard input),
/// `done VERSION`, `versions NAME…`, `busy PID` or `error MESSAGE`. When its standard input closes
/// before `switch` (the client stopped or lost the connection), it removes the upload and exits.
/// The switch renames a new symbolic link over the old one: `rename(2)`, one atomic step.
enum RemoteScript {
    static let text = #"""
    set -u
    action=$1 target=$2 keep=${3:-0}
    say() { printf '%s\n' "$*"; }
    fail() { say "error $*"; exit 1; }
    name=${target##*/}
    case $target in */*) parent=${target%/*}; [ -n "$parent" ] || parent=/ ;; *) parent=. ;; esac
    [ -n "$name" ] && [ "$name" != . ] && [ "$name" != .. ] || fail "cannot publish to $target: give a folder of its own, like /srv/vista/reporting"
    if [ "$action" = publish ]; then mkdir -p -- "$parent" || fail "cannot create the folder $parent on the server"; fi
    cd -- "$parent" 2>/dev/null || fail "the folder $parent does not exist on the server"
    versions=.$name.vista-versions
    lock=$versions/.lock
    incoming=
    if mv --version >/dev/null 2>&1; then replace() { mv -T -- "$1" "$2"; }; else replace() { mv -h -- "$1" "$2"; }; fi
    cleanup() {
        [ -n "$incoming" ] && rm -rf -- "$versions/$incoming"
        [ "$(readlink "$lock" 2>/dev/null)" = "$$" ] && rm -f -- "$lock"
        rm -f -- ".$name.vista-link-$$"
    }
    trap cleanup EXIT
    trap 'exit 1' HUP INT TERM PIPE
    alive() { kill -0 "$1" 2>/dev/null || [ -d "/proc/$1" ]; }
    take_lock() {
        ln -s "$$" "$lock" 2>/dev/null && return 0
        holder=$(readlink "$lock" 2>/dev/null) || return 1
        alive "$holder" && return 1
        mkdir "$versions/.lock-takeover" 2>/dev/null || return 1
        [ "$(readlink "$lock" 2>/dev/null)" = "$holder" ] && rm -f -- "$lock"
        ln -s "$$" "$lock" 2>/dev/null; taken=$?
        rmdir "$versions/.lock-takeover"
        return $taken
    }
    numbers() {
        for folder in "$versions"/site-*; do
            number=${folder##*/site-}
            case $number in ''|*[!0-9]*) continue ;; esac
            [ -d "$folder" ] && [ ! -L "$folder" ] && say "$number"
        done | sort -n
    }
    switch_to() {
        rm -f -- ".$name.vista-link-$$"
        ln -s "$versions/$1" ".$name.vista-link-$$" || fail "cannot create a symbolic link in $parent"
        replace ".$name.vista-link-$$" "$name" || fail "cannot switch $target to the new version"
    }
    if [ -L "$versions" ] || { [ -e "$versions" ] && [ ! -d "$versions" ]; }; then
        fail "refusing to use $parent/$versions for the kept versions: it is not a folder"
    fi
    if [ -d "$versions" ] && [ ! -f "$versions/.vista-versions" ] && [ -n "$(ls -A -- "$versions")" ]; then
        fail "refusing to use $parent/$versions for the kept versions: Vista did not create it (no .vista-versions marker)"
    fi
    [ -d "$versions" ] || [ "$action" = publish ] || fail "there is no earlier version of $target to roll back to ($parent/$versions does not exist)"
    mkdir -p -- "$versions" || fail "cannot create $parent/$versions on the server"
    [ -f "$versions/.vista-versions" ] || say "Versions of $name kept by vista publish for --rollback." >"$versions/.vista-versions" \
        || fail "cannot write $parent/$versions/.vista-versions"
    if ! take_lock; then say "busy $(readlink "$lock" 2>/dev/null)"; exit 3; fi
    for folder in "$versions"/incoming-*; do
        [ -e "$folder" ] && { alive "${folder##*/incoming-}" || rm -rf -- "$folder"; }
    done
    live= kind=missing
    if [ -L "$name" ]; then
        link=$(readlink "$name")
        case $link in
            "$versions"/site-*) live=${link#"$versions"/}; kind=link ;;
            *) fail "refusing to replace $target: it is a symbolic link that vista publish did not make (to $link)" ;;
        esac
    elif [ -d "$name" ]; then
        if [ -z "$(ls -A -- "$name")" ]; then kind=empty
        elif [ -f "$name/.vista-site" ]; then kind=site
        else fail "refusing to replace $target: it holds files that Vista did not publish (no .vista-site marker); publish to a new or empty folder"
        fi
    elif [ -e "$name" ]; then
        fail "refusing to replace $target: it is not a folder"
    fi
    last=$(numbers | tail -n 1)
    case $action in
    publish)
        incoming=incoming-$$
        mkdir -- "$versions/$incoming" || fail "cannot create $parent/$versions/$incoming"
        linkdest=-
        [ "$kind" = link ] || [ "$kind" = site ] && linkdest=../../$name
        say "ready $incoming $linkdest"
        read -r command || exit 1
        [ "$command" = switch ] || exit 1
        [ -f "$versions/$incoming/.vista-site" ] || fail "the upload is incomplete: no .vista-site marker in it"
        number=$(( ${last:-0} + 1 ))
        if [ "$kind" = site ]; then
            mv -- "$name" "$versions/site-$number" || fail "cannot move the site published before into $parent/$versions"
            number=$((number + 1))
        fi
        mv -- "$versions/$incoming" "$versions/site-$number" || fail "cannot rename the upload in $parent/$versions"
        incoming=
        [ "$kind" = empty ] && { rmdir -- "$name" || fail "cannot replace the empty folder $target"; }
        switch_to "site-$number"
        say "done site-$number"
        rm -rf -- "$versions/undone"
        count=0
        for old in $(numbers | sort -rn); do
            [ "$old" -lt "$number" ] || continue
            count=$((count + 1))
            [ "$count" -gt "$keep" ] && rm -rf -- "$versions/site-$old"
        done
        ;;
    rollback)
        [ "$kind" = link ] || fail "$target was not published over ssh by vista publish (it is not a link into $parent/$versions), so there is nothing to roll back"
        current=${live#site-} previous=
        for old in $(numbers); do [ "$old" -lt "$current" ] && previous=$old; done
        [ -n "$previous" ] || fail "there is no earlier version of $target to roll back to ($parent/$versions holds none)"
        switch_to "site-$previous"
        say "done site-$previous"
        rm -rf -- "$versions/undone"
        mv -- "$versions/$live" "$versions/undone"
        ;;
    *) fail "unknown action $action" ;;
    esac
    kept=
    for old in $(numbers | sort -rn); do kept="$kept site-$old"; done
    say "versions$kept"
    """#
}
