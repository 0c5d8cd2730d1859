"""`inspector backup -o FILE` and `inspector restore FILE`: the bench database out to one file, and back.

`backup` is safe while the bench runs: SQLite's online backup API copies one consistent snapshot without stopping the
writer, and the copy is integrity-checked before it gets its name. `restore` checks the file first (an SQLite file, not
damaged, a schema this program knows), refuses while a bench has the data dir open (and holds the bench's lock while
it works, so none starts meanwhile), keeps a backup of the database it replaces in `<data dir>/backups/` (one too
damaged to copy is moved there as it is), and copies the file in with the same backup API, so the database's
write-ahead log stays consistent. An older schema is upgraded when the bench next starts. Then it makes the next
sync right: the sync state (pull cursors ahead of the restored database) is set aside so everything is pulled again,
and the bench's own records take the version numbers the replaced database had reached
(`inspector.storage.restored_versions`), so their next change is not taken by the hub for one it has.
Both refuse to write into a data dir another user owns (`sudo inspector restore` would leave root's files there that
the bench's own user cannot open).
Exit codes: 0 done; 2 refused or failed (the message says why and what to do).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from inspector.errors import EnvironmentProblem

EXIT_OK, EXIT_REFUSED = 0, 2
RESTORE_SAFETY_KEPT = 5


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="copy the bench database to a file (safe while the bench runs)",
        description="Copy the bench database to FILE with SQLite's online backup API: safe while the bench runs, "
                    "checked before it is kept. Prints what it wrote.")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the backup file to write")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", help="put a backup back as the bench database (close the bench first)",
        description="Replace the bench database with FILE, after checking it. The database it replaces is kept in "
                    "<data dir>/backups/. A backup from an older version is upgraded when the bench next starts.")
    restore.add_argument("file", type=Path, metavar="FILE", help="a file made by `inspector backup` (or a copy of "
                                                                  "a bench database)")
    restore.set_defaults(func=run_restore)


def _fail(command: str, message: object) -> int:
    print(f"inspector {command}: {message}", file=sys.stderr)
    return EXIT_REFUSED


def data_dir_owner_problem(data_dir: Path, command: str) -> str | None:
    """Why this user must not write into `data_dir`: it is another user's (what this wrote would be this user's,
    e.g. root's, and the bench could no longer open it). None when this user owns it, or it does not exist yet."""
    from inspector.instance_lock import user_name
    try:
        owner = data_dir.stat().st_uid
    except OSError:
        return None
    if owner == os.geteuid():
        return None
    me, them = user_name(os.geteuid()), user_name(owner)
    return (f"{data_dir} belongs to {them} and this is {me}: the files this writes there would be {me}'s, and the "
            f"bench, run as {them}, could no longer open them. Run it as {them}, the data folder's owner "
            f"(sudo -u {them} inspector --data-dir {data_dir} {command} ...). Nothing was changed.")


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def run_backup(args: argparse.Namespace) -> int:
    from inspector.paths import resolve_paths
    from inspector.storage.backups import check_backup_file, take_backup

    paths = resolve_paths(args.data_dir)
    dest: Path = args.output.expanduser()
    if dest.is_dir():
        return _fail("backup", f"{dest} is a folder. Give a file name, e.g. {dest / 'bench-backup.sqlite3'}.")
    if dest.resolve() == paths.database.resolve():      # before "exists": --force would not help
        return _fail("backup", "that is the bench database itself. Choose another file.")
    if dest.exists() and not args.force:
        return _fail("backup", f"{dest} exists already. Choose another name, or add --force to replace it.")
    if _inside(dest, paths.data_dir) and (problem := data_dir_owner_problem(paths.data_dir, "backup")):
        return _fail("backup", problem)
    try:
        take_backup(paths.database, dest)
        check = check_backup_file(dest)
    except EnvironmentProblem as exc:
        return _fail("backup", exc)
    print(f"Backup written to {dest}: {check.describe()}.")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from inspector.instance_lock import InstanceLock
    from inspector.paths import resolve_paths
    from inspector.storage.backups import check_backup_file

    paths = resolve_paths(args.data_dir)
    source: Path = args.file.expanduser()
    try:
        check = check_backup_file(source)
    except EnvironmentProblem as exc:
        return _fail("restore", exc)
    if check.problem:
        return _fail("restore", f"{check.problem} Nothing was changed.")
    if source.resolve() == paths.database.resolve():
        return _fail("restore", "that is the bench database itself. Give a backup file.")
    if problem := data_dir_owner_problem(paths.data_dir, "restore"):
        return _fail("restore", problem)
    # Held while restoring, so no bench starts on the database half way (it would say who holds it).
    try:
        with InstanceLock(paths.data_dir) as lock:
            if not lock.acquire():
                return _fail("restore", f"close the bench first: {lock.holder()} has {paths.data_dir} open. "
                                        f"Nothing was changed.")
            done = _restore(source, paths.database)
    except EnvironmentProblem as exc:
        return _fail("restore", exc)
    for line in done:
        print(line)
    print(f"Restored {source} into {paths.database}: {check.describe()}.")
    return EXIT_OK


def _restore(source: Path, database: Path) -> list[str]:
    """The restore itself, under the bench's lock: keep what is replaced, put the backup in, make the next sync
    right, and only then prune the older safety copies (never the file just restored). Returns what to tell."""
    from inspector.storage.backups import (RESTORE_KIND, backup_dir, kept_backup, prune_backups, restore_into,
                                           set_aside_as_it_is)
    from inspector.storage.restored_versions import carry_versions_forward
    from inspector.sync.state import start_over

    told: list[str] = []
    replaced = None
    if database.exists():
        try:
            replaced = kept_backup(database, RESTORE_KIND, RESTORE_SAFETY_KEPT, prune=False)
            told.append(f"The database it replaced is kept in {replaced}.")
        except EnvironmentProblem:
            if not _damaged(database):
                raise             # the disk, the permissions: the message says what to do; nothing was changed
            replaced = set_aside_as_it_is(database)
            told.append(f"The database it replaced was damaged (it could not be copied): it was moved, as it was, to "
                        f"{replaced}.")
    restore_into(source, database)
    lifted = carry_versions_forward(database, replaced) if replaced else 0
    if lifted is None:
        told.append(VERSIONS_UNKNOWN)
    elif lifted:
        told.append(f"{lifted} record(s) changed since the backup took the version numbers they had reached, so "
                    f"their next change goes to the hub as new (until then the hub keeps its newer copy of them).")
    stamp = replaced.name.split("-")[1] if replaced else "restore"
    kept_state = start_over(database.parent, backup_dir(database.parent), f"sync_state-{stamp}-before-restore.json")
    if kept_state:
        told.append(f"The sync state was set aside ({kept_state}): the next sync pulls everything from the hub "
                    f"again.")
    prune_backups(database.parent, RESTORE_KIND, RESTORE_SAFETY_KEPT,
                  spare=(source,) + ((replaced,) if replaced else ()))
    return told


VERSIONS_UNKNOWN = (
    "WARNING: the replaced database could not be read, so the version numbers its records had reached are unknown. "
    "An inspection or parcel changed and synced after this backup was taken is back at an older version: the hub "
    "still has the newer one and takes the bench's next change of it for one it has (answered 'duplicate': the "
    "change does not reach the hub). Check such items on the hub after the next sync.")


def _damaged(database: Path) -> bool:
    """The current database cannot be copied because it is damaged or no database at all (not the disk's fault)."""
    from inspector.storage.backups import check_backup_file
    try:
        check = check_backup_file(database)
    except EnvironmentProblem:
        return False
    return not check.is_database or check.integrity != "ok"
