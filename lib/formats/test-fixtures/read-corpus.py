"""Independent reader for the corpus test: prints, as JSON, what each TMX or XLIFF file holds.

Usage: read-corpus.py XSD FILE...  (one process for all files). For each file, keyed by its path:
  format   "tmx" | "xliff-1.2" | "xliff-2" | "unknown"
  parsed   False when the XML is not well-formed (error: lxml's message, line: its line)
  valid    the verdict of `xmllint --noout --schema XSD` (XLIFF 2 only, else null)
  parts    one per XLIFF <file> (TMX: one for the whole file), each with
           sourceLang (TMX *all*: the first unit's first language),
           targetLang (TMX: the languages of the target variants),
           units   units (XLIFF 2: segments) with a non-empty source,
           orphans target texts of units with an empty source (each a 0:1 link),
           notes   the texts of the unit-level notes (TMX: <tu> and <tuv> notes) of those units, blank ones left out.
TMX and XLIFF 1.x are read with translate-toolkit (translate.storage.tmx / xliff); XLIFF 2 with lxml.
"""
import json
import subprocess
import sys

from lxml import etree
from translate.storage import tmx, xliff

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0"


def text_of(element):
    """The text of an element without the native code inside TMX/XLIFF 1.2 inline codes."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        local = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if local in ("bpt", "ept", "ph", "it", "ut"):
            pass
        elif isinstance(child.tag, str):
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_tmx(data):
    store = tmx.tmxfile.parsestring(data)
    root = store.document.getroot()
    header = root.find("header")
    srclang = (header.get("srclang") if header is not None else "") or ""
    part = {"sourceLang": srclang, "targetLang": [], "units": 0, "orphans": 0, "notes": []}
    for unit in store.units:
        tu = unit.xmlelement
        tuvs = list(tu.iterfind("tuv"))
        langs = [(tuv.get(XML_LANG) or tuv.get("lang") or "") for tuv in tuvs]
        if part["sourceLang"] == "*all*" and langs:
            part["sourceLang"] = langs[0]
        source_lang = part["sourceLang"]
        source_text, target_texts = "", 0
        for lang, tuv in zip(langs, tuvs):
            text = text_of(tuv.find("seg"))
            if lang.lower() == source_lang.lower() and source_text == "":
                source_text = text
            else:
                target_texts += 1 if text.strip() else 0
                if lang not in part["targetLang"]:
                    part["targetLang"].append(lang)
        notes = [note.text for note in tu.iter("note") if (note.text or "").strip()]
        if source_text.strip():
            part["units"] += 1
        elif target_texts:
            part["orphans"] += target_texts
        else:
            continue
        part["notes"] += notes
    return [part]


def read_xliff1(data):
    store = xliff.xlifffile.parsestring(data)
    root = store.document.getroot()
    parts = []
    for filenode in root.iterchildren(store.namespaced("file")):
        parts.append({
            "sourceLang": filenode.get("source-language") or "",
            "targetLang": filenode.get("target-language") or "",
            "units": 0, "orphans": 0, "notes": [],
        })
    files = list(root.iterchildren(store.namespaced("file")))
    for unit in store.units:
        filenode = next(unit.xmlelement.iterancestors(store.namespaced("file")))
        part = parts[files.index(filenode)]
        source = text_of(unit.xmlelement.find(store.namespaced("source")))
        target = text_of(unit.xmlelement.find(store.namespaced("target")))
        if source.strip():
            part["units"] += 1
        elif target.strip():
            part["orphans"] += 1
        else:
            continue
        part["notes"] += [n.text for n in unit.xmlelement.iterchildren(store.namespaced("note")) if (n.text or "").strip()]
    return parts


def read_xliff2(root):
    ns = {"x": XLIFF2}
    parts = []
    for filenode in root.iterfind("x:file", ns):
        part = {"sourceLang": root.get("srcLang") or "", "targetLang": root.get("trgLang") or "",
                "units": 0, "orphans": 0, "notes": []}
        for unit in filenode.iterfind(".//x:unit", ns):
            notes = [n.text for n in unit.iterfind("x:notes/x:note", ns) if (n.text or "").strip()]
            kept = False
            for segment in unit.iterfind("x:segment", ns):
                source = "".join(segment.find("x:source", ns).itertext()) if segment.find("x:source", ns) is not None else ""
                target_node = segment.find("x:target", ns)
                target = "".join(target_node.itertext()) if target_node is not None else ""
                if source.strip():
                    part["units"] += 1
                    kept = True
                elif target.strip():
                    part["orphans"] += 1
                    kept = True
            if kept:
                part["notes"] += notes
        parts.append(part)
    return parts


def xmllint_valid(path, xsd):
    run = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", xsd, path], capture_output=True, text=True)
    return run.returncode == 0


def read(path, xsd):
    with open(path, "rb") as f:
        data = f.read()
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        return {"format": "unknown", "parsed": False, "error": str(error), "line": error.lineno, "valid": None, "parts": []}
    name = etree.QName(root)
    version = root.get("version") or ""
    if name.localname == "tmx":
        return {"format": "tmx", "parsed": True, "valid": None, "parts": read_tmx(data)}
    if name.localname == "xliff" and name.namespace == XLIFF2:
        return {"format": "xliff-2", "parsed": True, "valid": xmllint_valid(path, xsd), "parts": read_xliff2(root)}
    if name.localname == "xliff" and version.startswith("1."):
        return {"format": "xliff-1.2", "parsed": True, "valid": None, "parts": read_xliff1(data)}
    return {"format": "unknown", "parsed": True, "valid": None, "parts": []}


def main():
    xsd, paths = sys.argv[1], sys.argv[2:]
    out = {}
    for path in paths:
        try:
            out[path] = read(path, xsd)
        except Exception as error:  # a file the independent reader cannot read is reported, not fatal
            out[path] = {"format": "unknown", "parsed": False, "error": repr(error), "line": None, "valid": None, "parts": []}
    print(json.dumps(out, ensure_ascii=False, indent=1))


main()
