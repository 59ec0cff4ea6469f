"""The encrypted blob store: round trips, naming, tamper detection, failures, memory."""

from __future__ import annotations

import errno
import hashlib
import hmac
import io
import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebook.domain.errors import CasebookError, DamagedVault, DiskFull
from casebook.vault.blobstore import (
    CHUNK_SIZE,
    HEADER_SIZE,
    MAGIC,
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    BlobStore,
    Fingerprint,
)

LABEL = "document 42"
CHANGED = "the file changed while it was being imported; try again"


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def store(tmp_path: Path, key: bytes) -> BlobStore:
    return BlobStore(tmp_path / "blobs", key)


def blob_path(store: BlobStore, name: str) -> Path:
    return store.folder / name[:2] / name


def all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def rewrite(path: Path, data: bytes) -> None:
    path.chmod(0o600)
    path.write_bytes(data)


# -- round trips -------------------------------------------------------------------


@pytest.mark.parametrize(
    "size",
    [
        0,
        1,
        CHUNK_SIZE - 1,
        CHUNK_SIZE,
        CHUNK_SIZE + 1,
        2 * CHUNK_SIZE,
        16 * CHUNK_SIZE + 7,
        40 * CHUNK_SIZE + 123,
    ],
)
def test_round_trip(store: BlobStore, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    source = tmp_path / "source.bin"
    source.write_bytes(data)

    fp = store.fingerprint(source)
    assert fp.size == size
    assert fp.sha256 == hashlib.sha256(data).hexdigest()
    assert not store.exists(fp.name)
    store.put(source, fp)
    assert store.exists(fp.name)

    assert store.read_bytes(fp.name, LABEL) == data
    pieces = list(store.open_reader(fp.name, LABEL))
    assert b"".join(pieces) == data
    assert all(0 < len(piece) <= CHUNK_SIZE for piece in pieces)
    assert store.verify(fp.name, LABEL) == fp
    dest = tmp_path / "out.bin"
    store.export_to(fp.name, dest, LABEL)
    assert dest.read_bytes() == data
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert blob_path(store, fp.name).stat().st_size == HEADER_SIZE + size + chunks * TAG_SIZE


def test_put_bytes_matches_two_pass_import(store: BlobStore, tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 5)
    source = tmp_path / "s"
    source.write_bytes(data)
    fp = store.put_bytes(data)
    assert fp == store.fingerprint(source)
    assert store.read_bytes(fp.name, LABEL) == data


def test_fingerprint_of_a_stream_equals_fingerprint_of_the_file(
    store: BlobStore, tmp_path: Path
) -> None:
    data = os.urandom(5 * CHUNK_SIZE // 2)
    source = tmp_path / "s"
    source.write_bytes(data)
    assert store.fingerprint(io.BytesIO(data)) == store.fingerprint(source)
    assert store.fingerprint(io.BufferedReader(io.BytesIO(data))) == store.fingerprint(source)


# -- naming ------------------------------------------------------------------------


def test_same_content_twice_is_stored_once(store: BlobStore, tmp_path: Path) -> None:
    data = os.urandom(100_000)
    first = store.put_bytes(data)
    before = blob_path(store, first.name).read_bytes()
    source = tmp_path / "again"
    source.write_bytes(data)
    second = store.fingerprint(source)
    assert second == first
    assert store.exists(second.name)  # the duplicate is found before anything is written
    store.put(source, second)
    assert list(store.names()) == [first.name]
    assert blob_path(store, first.name).read_bytes() == before  # not rewritten
    assert len(all_files(store.folder)) == 1


def test_names_are_keyed_and_not_sha256(tmp_path: Path) -> None:
    data = b"the same document"
    key_a, key_b = os.urandom(32), os.urandom(32)
    a = BlobStore(tmp_path / "a", key_a).put_bytes(data)
    b = BlobStore(tmp_path / "b", key_b).put_bytes(data)
    assert a.name != b.name
    assert a.sha256 == b.sha256 == hashlib.sha256(data).hexdigest()
    assert a.name != a.sha256
    assert len(a.name) == 64
    assert int(a.name, 16) >= 0
    assert a.name != hmac.new(key_a, data, "sha256").hexdigest()  # a subkey, not the data key


def test_blobs_are_sharded_by_the_first_two_hex_digits(store: BlobStore) -> None:
    fps = [store.put_bytes(os.urandom(10)) for _ in range(20)]
    for fp in fps:
        assert blob_path(store, fp.name).is_file()
    assert sorted(store.names()) == sorted(fp.name for fp in fps)
    assert list(store.names()) == sorted(fp.name for fp in fps)


def test_names_ignores_unrelated_files(store: BlobStore) -> None:
    fp = store.put_bytes(b"x")
    (store.folder / "notes.txt").write_bytes(b"")
    (store.folder / fp.name[:2] / "junk").write_bytes(b"")
    (store.folder / "zz").mkdir()
    (store.folder / "zz" / ("0" * 64)).write_bytes(b"")
    other_shard = "00" if fp.name[:2] != "00" else "11"
    (store.folder / other_shard).mkdir(exist_ok=True)
    (store.folder / other_shard / ("f" * 64)).write_bytes(b"")  # wrong shard for its name
    assert list(store.names()) == [fp.name]


def test_identical_content_encrypts_differently_each_time(tmp_path: Path, key: bytes) -> None:
    a = BlobStore(tmp_path / "a", key)
    b = BlobStore(tmp_path / "b", key)
    fa, fb = a.put_bytes(b"same"), b.put_bytes(b"same")
    assert fa.name == fb.name
    assert blob_path(a, fa.name).read_bytes() != blob_path(b, fb.name).read_bytes()


# -- what is on disk ---------------------------------------------------------------


def test_file_and_folder_modes_ignore_the_umask(tmp_path: Path, key: bytes) -> None:
    old = os.umask(0)
    try:
        store = BlobStore(tmp_path / "blobs", key)
        fp = store.put_bytes(os.urandom(1000))
        dest = tmp_path / "exported.bin"
        store.export_to(fp.name, dest, LABEL)
    finally:
        os.umask(old)
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(blob_path(store, fp.name).parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(blob_path(store, fp.name).stat().st_mode) == 0o600
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600


def test_plaintext_never_reaches_the_store(store: BlobStore, tmp_path: Path) -> None:
    secret = b"Maria Gonzalez, A-123-456-789, asylum interview 2025-03-14. "
    data = secret * 5000  # ~300 KB, several chunks
    source = tmp_path / "source.txt"
    source.write_bytes(data)
    fp = store.fingerprint(source)
    store.put(source, fp)
    store.put_bytes(secret)
    files = all_files(store.folder)
    assert len(files) == 2
    for path in files:
        raw = path.read_bytes()
        assert raw.startswith(MAGIC)
        assert secret[:16] not in raw
        assert b"Maria" not in raw
        assert fp.sha256.encode() not in raw
        assert bytes.fromhex(fp.sha256) not in raw
    listing = " ".join(str(p) for p in store.folder.rglob("*"))
    assert fp.sha256 not in listing
    assert hashlib.sha256(secret).hexdigest() not in listing


# -- tampering ---------------------------------------------------------------------


def stored(store: BlobStore, size: int) -> tuple[Fingerprint, Path, bytes]:
    fp = store.put_bytes(os.urandom(size))
    path = blob_path(store, fp.name)
    return fp, path, path.read_bytes()


def assert_damaged(store: BlobStore, name: str) -> None:
    for read in (
        lambda: store.read_bytes(name, LABEL),
        lambda: b"".join(store.open_reader(name, LABEL)),
        lambda: store.verify(name, LABEL),
    ):
        with pytest.raises(DamagedVault) as caught:
            read()
        assert LABEL in caught.value.message


def flip(raw: bytes, offset: int, bit: int = 0) -> bytes:
    out = bytearray(raw)
    out[offset] ^= 1 << bit
    return bytes(out)


@pytest.mark.parametrize(
    ("offset", "what"),
    [
        (0, "magic"),
        (8, "version"),
        (9, "salt start"),
        (40, "salt end"),
        (41, "nonce prefix"),
        (HEADER_SIZE - 1, "nonce prefix end"),
    ],
)
def test_flipped_bit_in_header_is_detected(store: BlobStore, offset: int, what: str) -> None:
    fp, path, raw = stored(store, 3 * CHUNK_SIZE)
    rewrite(path, flip(raw, offset))
    assert_damaged(store, fp.name)


@pytest.mark.parametrize("chunk", [0, 1, 2])
def test_flipped_bit_in_chunk_body_is_detected(store: BlobStore, chunk: int) -> None:
    fp, path, raw = stored(store, 2 * CHUNK_SIZE + 100)
    rewrite(path, flip(raw, HEADER_SIZE + chunk * SEALED_CHUNK_SIZE + 50, 7))
    assert_damaged(store, fp.name)


@pytest.mark.parametrize("chunk", [0, 1])
def test_flipped_bit_in_tag_is_detected(store: BlobStore, chunk: int) -> None:
    fp, path, raw = stored(store, CHUNK_SIZE + 100)
    tag_end = HEADER_SIZE + SEALED_CHUNK_SIZE if chunk == 0 else len(raw)
    rewrite(path, flip(raw, tag_end - 3))
    assert_damaged(store, fp.name)


def split(raw: bytes) -> tuple[bytes, list[bytes]]:
    body = raw[HEADER_SIZE:]
    return raw[:HEADER_SIZE], [
        body[i : i + SEALED_CHUNK_SIZE] for i in range(0, len(body), SEALED_CHUNK_SIZE)
    ]


@pytest.mark.parametrize("size", [2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 100])
def test_dropped_final_chunk_is_detected(store: BlobStore, size: int) -> None:
    fp, path, raw = stored(store, size)
    header, chunks = split(raw)
    assert len(chunks) == -(-size // CHUNK_SIZE)
    rewrite(path, header + b"".join(chunks[:-1]))
    assert_damaged(store, fp.name)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE])
def test_blob_cut_to_its_header_is_detected(store: BlobStore, size: int) -> None:
    fp, path, raw = stored(store, size)
    rewrite(path, raw[:HEADER_SIZE])
    assert_damaged(store, fp.name)


@pytest.mark.parametrize("cut", [1, TAG_SIZE, TAG_SIZE + 1, 1000, SEALED_CHUNK_SIZE // 2])
def test_truncation_mid_chunk_is_detected(store: BlobStore, cut: int) -> None:
    fp, path, raw = stored(store, 3 * CHUNK_SIZE)
    rewrite(path, raw[:-cut])
    assert_damaged(store, fp.name)


def test_truncated_header_is_detected(store: BlobStore) -> None:
    fp, path, raw = stored(store, 10)
    rewrite(path, raw[: HEADER_SIZE - 1])
    assert_damaged(store, fp.name)
    rewrite(path, b"")
    assert_damaged(store, fp.name)


@pytest.mark.parametrize("size", [0, 100, CHUNK_SIZE, 2 * CHUNK_SIZE + 100])
@pytest.mark.parametrize("extra", [1, TAG_SIZE, SEALED_CHUNK_SIZE])
def test_trailing_garbage_is_detected(store: BlobStore, size: int, extra: int) -> None:
    fp, path, raw = stored(store, size)
    rewrite(path, raw + os.urandom(extra))
    assert_damaged(store, fp.name)


def test_trailing_zero_bytes_are_detected(store: BlobStore) -> None:
    fp, path, raw = stored(store, CHUNK_SIZE)
    rewrite(path, raw + bytes(SEALED_CHUNK_SIZE))
    assert_damaged(store, fp.name)


def test_chunks_swapped_within_a_blob_are_detected(store: BlobStore) -> None:
    fp, path, raw = stored(store, 3 * CHUNK_SIZE)
    header, chunks = split(raw)
    chunks[0], chunks[1] = chunks[1], chunks[0]
    rewrite(path, header + b"".join(chunks))
    assert_damaged(store, fp.name)


def test_chunk_copied_from_another_blob_is_detected(store: BlobStore) -> None:
    fp_a, path_a, raw_a = stored(store, 3 * CHUNK_SIZE)
    _, _, raw_b = stored(store, 3 * CHUNK_SIZE)
    header_a, chunks_a = split(raw_a)
    _, chunks_b = split(raw_b)
    chunks_a[1] = chunks_b[1]
    rewrite(path_a, header_a + b"".join(chunks_a))
    assert_damaged(store, fp_a.name)


def test_chunk_and_header_copied_from_another_blob_are_detected(store: BlobStore) -> None:
    fp_a, path_a, raw_a = stored(store, 3 * CHUNK_SIZE)
    _, _, raw_b = stored(store, 3 * CHUNK_SIZE)
    _, chunks_a = split(raw_a)
    header_b, chunks_b = split(raw_b)
    chunks_a[0] = chunks_b[0]
    rewrite(path_a, header_b + b"".join(chunks_a))
    assert_damaged(store, fp_a.name)


def test_whole_blob_renamed_to_another_name_is_detected(store: BlobStore) -> None:
    fp_a, path_a, _ = stored(store, 1000)
    _, path_b, raw_b = stored(store, 1000)
    os.replace(path_b, path_a)
    assert_damaged(store, fp_a.name)
    assert raw_b == path_a.read_bytes()


@pytest.mark.parametrize("size", [CHUNK_SIZE, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 100])
def test_doubled_final_chunk_is_detected(store: BlobStore, size: int) -> None:
    fp, path, raw = stored(store, size)
    header, chunks = split(raw)
    rewrite(path, header + b"".join(chunks) + chunks[-1])
    assert_damaged(store, fp.name)


def test_empty_final_chunk_appended_is_detected(store: BlobStore) -> None:
    fp, path, raw = stored(store, CHUNK_SIZE)
    empty_fp, _, empty_raw = stored(store, 0)
    assert empty_fp.size == 0
    rewrite(path, raw + empty_raw[HEADER_SIZE:])
    assert_damaged(store, fp.name)


def test_wrong_data_key_is_detected(store: BlobStore) -> None:
    fp = store.put_bytes(os.urandom(5000))
    intruder = BlobStore(store.folder, os.urandom(32))
    assert intruder.exists(fp.name)
    assert_damaged(intruder, fp.name)


def test_missing_blob_is_reported_with_its_label(store: BlobStore, tmp_path: Path) -> None:
    fp = store.put_bytes(b"gone soon")
    store.delete(fp.name)
    assert_damaged(store, fp.name)
    with pytest.raises(DamagedVault, match=LABEL):
        store.export_to(fp.name, tmp_path / "out", LABEL)


def test_error_messages_name_the_label_not_the_content(store: BlobStore) -> None:
    secret = b"Jane Roe born 1990"
    fp = store.put_bytes(secret)
    path = blob_path(store, fp.name)
    rewrite(path, flip(path.read_bytes(), HEADER_SIZE + 2))
    with pytest.raises(DamagedVault) as caught:
        store.read_bytes(fp.name, LABEL)
    assert LABEL in str(caught.value)
    assert "Jane" not in str(caught.value)
    assert fp.name not in str(caught.value)


def test_reader_yields_verified_pieces_then_raises_before_the_end(store: BlobStore) -> None:
    data = os.urandom(40 * CHUNK_SIZE)  # three read batches
    fp = store.put_bytes(data)
    path = blob_path(store, fp.name)
    rewrite(path, flip(path.read_bytes(), path.stat().st_size - 1))  # the final tag
    received: list[bytes] = []
    with pytest.raises(DamagedVault, match=LABEL):
        received.extend(store.open_reader(fp.name, LABEL))
    got = b"".join(received)
    assert 0 < len(got) < len(data)
    assert data.startswith(got)


def test_failed_export_leaves_destination_untouched(store: BlobStore, tmp_path: Path) -> None:
    data = os.urandom(40 * CHUNK_SIZE)
    fp = store.put_bytes(data)
    path = blob_path(store, fp.name)
    rewrite(path, path.read_bytes()[:-1])
    dest = tmp_path / "out" / "letter.pdf"
    dest.parent.mkdir()
    dest.write_bytes(b"previous export")
    with pytest.raises(DamagedVault, match=LABEL):
        store.export_to(fp.name, dest, LABEL)
    assert dest.read_bytes() == b"previous export"
    assert sorted(p.name for p in dest.parent.iterdir()) == ["letter.pdf"]


# -- failures while importing ------------------------------------------------------


def test_source_changed_between_passes(store: BlobStore, tmp_path: Path) -> None:
    source = tmp_path / "s"
    data = bytearray(os.urandom(3 * CHUNK_SIZE))
    source.write_bytes(data)
    fp = store.fingerprint(source)
    data[CHUNK_SIZE + 5] ^= 1  # same size, different content
    source.write_bytes(data)
    with pytest.raises(CasebookError) as caught:
        store.put(source, fp)
    assert caught.value.message == CHANGED
    assert not isinstance(caught.value, DamagedVault)
    assert all_files(store.folder) == []
    assert not store.exists(fp.name)


@pytest.mark.parametrize("change", ["grew", "shrank", "removed", "grew_in_last_chunk"])
def test_source_size_changed_between_passes(store: BlobStore, tmp_path: Path, change: str) -> None:
    source = tmp_path / "s"
    data = os.urandom(2 * CHUNK_SIZE)
    source.write_bytes(data)
    fp = store.fingerprint(source)
    if change == "grew":
        source.write_bytes(data + b"!")
    elif change == "shrank":
        source.write_bytes(data[:-1])
    elif change == "grew_in_last_chunk":
        source.write_bytes(data + os.urandom(3 * CHUNK_SIZE))
    else:
        source.unlink()
    with pytest.raises(CasebookError, match="changed while it was being imported"):
        store.put(source, fp)
    assert all_files(store.folder) == []
    assert list(store.folder.iterdir()) == []


def enospc(*_args: object, **_kwargs: object) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("after", [0, 1, 3])  # header, first batch, last of 3 batches
def test_disk_full_while_writing_leaves_nothing(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after: int
) -> None:
    source = tmp_path / "s"
    source.write_bytes(os.urandom(40 * CHUNK_SIZE))
    fp = store.fingerprint(source)
    real_write = os.write
    calls = 0

    def write(fd: int, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls > after:
            return enospc()
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(DiskFull) as caught:
        store.put(source, fp)
    monkeypatch.undo()
    assert caught.value.message.startswith("The disk is full")
    assert "nothing was stored" in caught.value.message
    assert all_files(store.folder) == []
    assert list(store.folder.iterdir()) == []
    assert store.stray_temporaries() == []


@pytest.mark.parametrize("where", ["fsync", "replace", "create"])
def test_disk_full_at_other_steps_leaves_nothing(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    data = os.urandom(1000)
    if where == "fsync":
        monkeypatch.setattr(os, "fsync", enospc)
    elif where == "replace":
        monkeypatch.setattr(os, "replace", enospc)
    else:
        real_open = os.open

        def open_(path: object, flags: int, *args: int, **kwargs: object) -> int:
            if flags & os.O_CREAT:
                return enospc()
            return real_open(path, flags, *args)

        monkeypatch.setattr(os, "open", open_)
    with pytest.raises(DiskFull):
        store.put_bytes(data)
    monkeypatch.undo()
    assert all_files(store.folder) == []
    assert list(store.folder.iterdir()) == []


def test_disk_full_while_exporting(
    store: BlobStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fp = store.put_bytes(os.urandom(3 * CHUNK_SIZE))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(os, "write", enospc)
    with pytest.raises(DiskFull, match=LABEL):
        store.export_to(fp.name, out / "file.pdf", LABEL)
    monkeypatch.undo()
    assert list(out.iterdir()) == []


def test_interrupted_import_leaves_no_temporary(
    store: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put_bytes(os.urandom(10))
    monkeypatch.undo()
    assert all_files(store.folder) == []


def test_stray_temporaries_are_listed_and_removed(store: BlobStore) -> None:
    fp = store.put_bytes(b"kept")
    stray = store.folder / f"{TEMP_PREFIX}0123456789abcdef{TEMP_SUFFIX}"
    stray.write_bytes(b"half written")
    assert store.stray_temporaries() == [stray]
    assert list(store.names()) == [fp.name]
    assert store.remove_stray_temporaries() == 1
    assert not stray.exists()
    assert store.stray_temporaries() == []
    assert store.remove_stray_temporaries() == 0
    assert store.read_bytes(fp.name, LABEL) == b"kept"


# -- housekeeping ------------------------------------------------------------------


def test_delete(store: BlobStore) -> None:
    keep = store.put_bytes(b"keep")
    gone = store.put_bytes(b"gone")
    store.delete(gone.name)
    assert not store.exists(gone.name)
    assert list(store.names()) == [keep.name]
    store.delete(gone.name)  # already gone: no error


def test_invalid_names_and_keys_are_refused(store: BlobStore, tmp_path: Path) -> None:
    for bad in ["", "../" + "a" * 61, "A" * 64, "a" * 63, "g" * 64]:
        with pytest.raises(ValueError, match="64 lowercase hex"):
            store.exists(bad)
    with pytest.raises(ValueError, match="32 bytes"):
        BlobStore(tmp_path / "other", b"short")


def test_repr_shows_no_key(store: BlobStore, key: bytes) -> None:
    assert key.hex() not in repr(store)
    assert "blobs" in repr(store)


# -- memory ------------------------------------------------------------------------

MEMORY_PROBE = textwrap.dedent(
    """
    import json, os, resource, sys
    from pathlib import Path
    from casebook.vault.blobstore import BlobStore

    folder, source, dest = map(Path, sys.argv[1:4])
    store = BlobStore(folder, os.urandom(32))
    store.put_bytes(b"warm up")
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    fp = store.fingerprint(source)
    store.put(source, fp)
    after_put = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    store.export_to(fp.name, dest, "document 1")
    size = sum(len(piece) for piece in store.open_reader(fp.name, "document 1"))
    after_read = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"baseline_kib": baseline, "put_kib": after_put,
                      "read_kib": after_read, "size": size, "sha256": fp.sha256}))
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is KiB on Linux")
def test_large_file_streams_in_bounded_memory(tmp_path: Path) -> None:
    size_mib = 300
    source = tmp_path / "big.bin"
    block = bytearray(os.urandom(1 << 20))
    expected = hashlib.sha256()
    with source.open("wb") as out:
        for i in range(size_mib):
            block[:8] = i.to_bytes(8, "big")
            out.write(block)
            expected.update(block)
    dest = tmp_path / "back.bin"
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(tmp_path / "blobs"), str(source), str(dest)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    assert report["size"] == size_mib << 20
    assert report["sha256"] == expected.hexdigest()
    growth_mib = (report["read_kib"] - report["baseline_kib"]) / 1024
    assert growth_mib < 40, f"peak RSS grew by {growth_mib:.1f} MiB for a {size_mib} MiB file"
    actual = hashlib.sha256()
    with dest.open("rb") as back:
        while piece := back.read(1 << 20):
            actual.update(piece)
    assert actual.hexdigest() == expected.hexdigest()
