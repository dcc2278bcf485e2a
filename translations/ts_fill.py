#!/usr/bin/env python3
# Fills unfinished entries of a .ts file from a JSON map {source: translation}
# and lists what is still unfinished:  python3 translations/ts_fill.py translations/mygas_ru.ts map.json
import sys, re, json
import xml.etree.ElementTree as ET
ts, dpath = sys.argv[1], sys.argv[2]
d = json.load(open(dpath))
tree = ET.parse(ts); root = tree.getroot()
n = 0
for m in root.iter('message'):
    src = m.find('source').text
    tr = m.find('translation')
    if tr.get('type') == 'unfinished' and src in d:
        tr.text = d[src]; del tr.attrib['type']; n += 1
tree.write(ts, encoding='utf-8', xml_declaration=True)
txt = open(ts, encoding='utf-8').read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
open(ts, 'w', encoding='utf-8').write(txt)
left = [m.find('source').text for m in root.iter('message') if m.find('translation').get('type') == 'unfinished']
print("filled", n, "unfinished", len(left)); [print("  ", s) for s in left]
