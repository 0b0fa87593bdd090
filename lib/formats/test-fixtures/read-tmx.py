"""Independent reader for tests: prints the units of a TMX file as JSON, using translate-toolkit."""
import json
import sys

from translate.storage import tmx

store = tmx.tmxfile.parsefile(sys.argv[1])
units = []
for unit in store.units:
    langs = {}
    for tuv in unit.xmlelement.iterfind(unit.namespaced("tuv")):
        lang = tuv.get("{http://www.w3.org/XML/1998/namespace}lang")
        seg = tuv.find(unit.namespaced("seg"))
        # Text of the segment without the native codes inside <bpt>/<ept>/<ph>.
        parts = [seg.text or ""]
        for child in seg:
            parts.append(child.tail or "")
        langs[lang] = "".join(parts)
    units.append({"source": unit.source, "target": unit.target, "langs": langs})
print(json.dumps(units, ensure_ascii=False))
