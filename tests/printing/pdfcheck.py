"""Reading printed PDFs back with independent tools: pdfium for text and pixels, zxing for QR codes."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp

MM = 72 / 25.4


def page_text(pdf: bytes, index: int = 0) -> str:
    doc = pdfium.PdfDocument(pdf)
    return doc[index].get_textpage().get_text_range()


def page_size_mm(pdf: bytes, index: int = 0) -> tuple[float, float]:
    width, height = pdfium.PdfDocument(pdf)[index].get_size()
    return width / MM, height / MM


def render(pdf: bytes, scale: float = 3.0, index: int = 0):
    return pdfium.PdfDocument(pdf)[index].render(scale=scale).to_pil().convert("RGB")


def decode_qr(pdf: bytes, scale: float = 3.0) -> list[bytes]:
    """The raw bytes of every QR code found on the rendered page."""
    found = zxingcpp.read_barcodes(render(pdf, scale), formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.bytes for barcode in found]
