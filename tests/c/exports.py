"""libogi_c.so exports exactly the functions ogi.h declares, in its version node, under its SONAME: nothing of the
C++ library, the standard library or Boost linked into it.

usage: exports.py LIBRARY OGI_H SONAME"""
import re
import subprocess
import sys

library, header, soname = sys.argv[1:4]
declared = set(re.findall(r"^OGI_C_API [^(]*?\b(ogi_\w+)\(", open(header, encoding="utf-8").read(), re.M))
dynamic = subprocess.run(["readelf", "--dyn-syms", "--wide", library], capture_output=True, text=True, check=True)
exported = set()
for line in dynamic.stdout.splitlines():
    fields = line.split()
    # Num: Value Size Type Bind Vis Ndx Name: defined (not UND) global symbols.
    if len(fields) >= 8 and fields[4] in ("GLOBAL", "WEAK") and fields[6] != "UND":
        exported.add(fields[7])
functions = {name.split("@")[0] for name in exported if not name.startswith("OGI_C_")}
versioned = all(name.endswith("@@OGI_C_1") for name in exported if not name.startswith("OGI_C_"))
header_soname = re.search(r"\(SONAME\)\s+Library soname: \[(.*)\]",
                          subprocess.run(["readelf", "-d", library], capture_output=True, text=True, check=True).stdout)
problems = []
if functions != declared:
    problems.append(f"exported but not declared: {sorted(functions - declared)}; "
                    f"declared but not exported: {sorted(declared - functions)}")
if not versioned:
    problems.append(f"not all in version node OGI_C_1: {sorted(exported)}")
if not header_soname or header_soname.group(1) != soname:
    problems.append(f"SONAME {header_soname.group(1) if header_soname else None}, expected {soname}")
print(f"{len(declared)} functions declared, {len(functions)} exported")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
