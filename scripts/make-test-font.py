#!/usr/bin/python3
"""Builds resources/endpoint/playground.ttf, the TrueType font the API serves for @font-face.

A font of our own (one square glyph), so the playground ships no third-party font. Run it
again only to change the font: the output is committed.
"""
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

def square():
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0)); pen.lineTo((100, 700)); pen.lineTo((600, 700)); pen.lineTo((600, 0))
    pen.closePath()
    return pen.glyph()

builder = FontBuilder(1000, isTTF=True)
builder.setupGlyphOrder([".notdef", "square"])
builder.setupCharacterMap({ord("A"): "square"})
builder.setupGlyf({".notdef": square(), "square": square()})
builder.setupHorizontalMetrics({".notdef": (700, 100), "square": (700, 100)})
builder.setupHorizontalHeader(ascent=800, descent=-200)
builder.setupNameTable({"familyName": "CORS Playground Test", "styleName": "Regular"})
builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
builder.setupPost()
builder.save(sys.argv[1] if len(sys.argv) > 1 else "resources/endpoint/playground.ttf")
