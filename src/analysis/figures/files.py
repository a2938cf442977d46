"""Reading article files safely: regular files only, within a size limit, no symbolic link out of the
input folder unless asked; every refusal is an ExtractError naming the file and the reason. The text of a
file is read by its format (text/formats.py: .txt, .html/.htm, .pdf, .docx)."""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..text.clean import DecodeError
from ..text.formats import FormatError, extract, format_of

DEFAULT_MAX_BYTES = 20_000_000  # 20 MB: a long article is ~100 KB; a bigger .txt is not an article


class ExtractError(Exception):
    """A file that could not be extracted; the message names the file and the reason."""


@dataclass(frozen=True)
class ReadPolicy:
    """What may be read: files under `root` (links out of it only with follow_symlinks), up to max_bytes."""

    root: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_symlinks: bool = False

    @classmethod
    def for_folder(cls, folder: Path, max_bytes: int | None = None, follow_symlinks: bool = False) -> "ReadPolicy":
        """The policy for articles of `folder` (resolved, so links are judged by where they really point)."""
        return cls(Path(folder).resolve(), DEFAULT_MAX_BYTES if max_bytes is None else max_bytes, follow_symlinks)


_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket"}


def _megabytes(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _check_link(path: Path, policy: ReadPolicy) -> None:
    """Refuse a symbolic link whose target lies outside the input folder (unless follow_symlinks)."""
    if policy.follow_symlinks or not path.is_symlink():
        return
    target = path.resolve()
    if not target.is_relative_to(policy.root):
        raise ExtractError(f"{path}: symbolic link to {target}, outside the input folder "
                           "(--follow-symlinks reads it)")


def read_regular(path: Path, policy: ReadPolicy) -> bytes:
    """The bytes of a regular file within the policy's limits; ExtractError otherwise.

    The file is opened non-blocking, so a FIFO is refused instead of waiting for a writer for ever.
    """
    try:
        _check_link(path, policy)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat.S_IFMT(info.st_mode), "a special file")
            raise ExtractError(f"{path}: not a regular file ({kind})")
        if info.st_size > policy.max_bytes:
            raise ExtractError(f"{path}: {_megabytes(info.st_size)}, over the size limit of "
                               f"{_megabytes(policy.max_bytes)} (--max-size)")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(policy.max_bytes + 1)
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > policy.max_bytes:  # grew while being read
        raise ExtractError(f"{path}: over the size limit of {_megabytes(policy.max_bytes)} (--max-size)")
    return data


@dataclass(frozen=True)
class Source:
    """An article file read: its text (what the offsets index, before clean.normalize), how it was read,
    the sha256 of its bytes and the metadata the file carries (title, url, published, site)."""

    text: str
    encoding: str
    sha256: str
    format: str
    extractor: str
    meta: dict[str, str] = field(default_factory=dict)


def read_source(path: Path, data: bytes | ExtractError | None = None, policy: ReadPolicy | None = None) -> Source:
    """The text of an article file (or of its bytes already read) by its format (a name with no known
    suffix is read as .txt), or ExtractError naming the file and the problem."""
    if data is None:
        data = read_regular(path, policy or ReadPolicy.for_folder(path.parent))
    if isinstance(data, ExtractError):
        raise data
    if not data.strip():
        raise ExtractError(f"{path}: empty file")
    try:
        got = extract(data, format_of(path.name) or "txt")
    except (DecodeError, FormatError) as exc:
        raise ExtractError(f"{path}: {exc}") from exc
    return Source(got.text, got.encoding, hashlib.sha256(data).hexdigest(), got.format, got.extractor, got.meta)


def read_article(path: Path, data: bytes | ExtractError | None = None,
                 policy: ReadPolicy | None = None) -> tuple[str, str, str]:
    """(text, encoding, sha256) of an article file (or of its bytes already read), or ExtractError
    naming the file and the problem."""
    source = read_source(path, data, policy)
    return source.text, source.encoding, source.sha256
