#!/usr/bin/env python3
"""Renders resources/icons/prospector.svg into the committed Windows .ico and macOS .icns.

Linux icons are rendered at build time (packaging/Icons.cmake); these two are committed because
the Windows and macOS build machines have no SVG renderer. Run again after changing the SVG:
    python3 packaging/tools/render-platform-icons.py
Needs rsvg-convert (librsvg2-bin). Both formats hold PNG images, so no imaging library is needed.
"""
import pathlib
import struct
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "prospector.svg"


def render(size: int, workdir: pathlib.Path) -> bytes:
    out = workdir / f"{size}.png"
    subprocess.run(["rsvg-convert", f"--width={size}", f"--height={size}", "--keep-aspect-ratio",
                    "--output", str(out), str(SVG)], check=True)
    return out.read_bytes()


def write_ico(images: dict, path: pathlib.Path) -> None:
    # ICONDIR, then one ICONDIRENTRY per image (width/height 0 means 256), then the PNG data.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


def write_icns(images: dict, path: pathlib.Path) -> None:
    # ICNS element types that hold PNG data, by pixel size.
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(types[s] + struct.pack(">I", 8 + len(d)) + d for s, d in sorted(images.items()))
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        png = {size: render(size, work) for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024)}
    write_ico({s: png[s] for s in (16, 24, 32, 48, 64, 128, 256)}, ROOT / "packaging" / "windows" / "prospector.ico")
    write_icns({s: png[s] for s in (16, 32, 64, 128, 256, 512, 1024)}, ROOT / "packaging" / "macos" / "prospector.icns")


if __name__ == "__main__":
    main()
