"""Independent reader for tests: prints the units of an XLIFF 1.2 file as JSON, as translate-toolkit sees them."""
import json
import sys

from translate.storage import factory

store = factory.getobject(sys.argv[1])
units = []
for unit in store.units:
    units.append({
        "id": unit.getid(),
        "source": unit.source,
        "target": unit.target,
        "approved": unit.isapproved(),
        "fuzzy": unit.isfuzzy(),
        "notes": unit.getnotes(),
    })
print(json.dumps({
    "type": type(store).__name__,
    "sourceLang": store.getsourcelanguage(),
    "targetLang": store.gettargetlanguage(),
    "units": units,
}, ensure_ascii=False))
