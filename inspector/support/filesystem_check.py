"""`inspector doctor`'s look at the data folder's filesystem: a network one (NFS, CIFS/SMB, sshfs) is warned about.

SQLite's write-ahead log needs shared memory that only works on a local disk (https://sqlite.org/wal.html: "WAL does
not work over a network filesystem"), and the bench's one-per-data-folder lock is an flock, advisory at best across
machines. The filesystem is read from /proc/self/mountinfo: the mount whose mount point is the longest prefix of the
folder's real path. Not on Linux (no mountinfo): the check is left out.
"""
from __future__ import annotations

from pathlib import Path

from inspector.support.checks import Check, ok, warn

MOUNTINFO = Path("/proc/self/mountinfo")
NETWORK_FILESYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph",
                                 "glusterfs", "fuse.glusterfs"})


def _unescape(field: str) -> str:
    """Mount points in mountinfo write space, tab, newline and backslash as octal escapes (\\040 ...)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def filesystem_of(folder: Path, mountinfo: str) -> tuple[str, Path, str] | None:
    """(filesystem type, mount point, source) of the mount `folder` is on, from mountinfo's text; None if no line
    is readable. `folder` should be resolved (symbolic links followed)."""
    best: tuple[str, Path, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        dash = fields.index("-")
        if dash < 5 or len(fields) < dash + 3:
            continue
        point = Path(_unescape(fields[4]))
        if folder == point or point in folder.parents:
            if best is None or len(point.parts) >= len(best[1].parts):   # the last of equals: mounted over
                best = (fields[dash + 1], point, _unescape(fields[dash + 2]))
    return best


def data_folder_filesystem(folder: Path, mountinfo_file: Path = MOUNTINFO) -> Check | None:
    name = "data folder disk"
    while not folder.exists() and folder.parent != folder:   # not made yet: the disk it goes on
        folder = folder.parent
    try:
        found = filesystem_of(folder.resolve(), mountinfo_file.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    if found is None:
        return None
    fstype, point, source = found
    if fstype in NETWORK_FILESYSTEMS:
        return warn(name, f"{folder} is on a network filesystem ({fstype} {source} at {point})",
                    "Keep the data folder on this PC's own disk (--data-dir or $INSPECTOR_DATA_DIR): SQLite's "
                    "write-ahead log and the one-bench-per-folder lock need a local disk; copy backups to the "
                    "share instead (inspector backup -o ...).")
    return ok(name, f"{fstype} at {point} (a local disk)")
