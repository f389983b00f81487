import re, sys, collections
steps = {"consent","name","email","company","phone","need","authority","budget","timeline","confirm","all"}
slots = {"consent","name","email","company","phone","need","authority","budget","timeline"}
value = {
 "consent": r"(yes|no)",
 "name": r"name:.+", "email": r"email:\S+@\S+", "company": r"company:.+", "phone": r"phone:\+\d{6,15}",
 "need": r"need:(lead-management|sales-automation|crm-integration|just-looking|\*)",
 "authority": r"authority:(decides|co-decides|recommends|gathers-information)",
 "budget": r"budget:((<=|>=)?\d+(-\d+)? (EUR|USD|CHF|GBP)(/(month|quarter|year))?|none|undecided|unknown)",
 "timeline": r"timeline:(\d{4}-\d\d-\d\d\.\.(\d{4}-\d\d-\d\d)?|vague|unknown)",
}
conf = r"(\|[HML])?"
def ok_value(step, v):
    return re.fullmatch(value[step] + conf, v) is not None
errors = []; counts = collections.Counter(); rows = 0; seen = set()
for n, line in enumerate(open(sys.argv[1] if len(sys.argv) > 1 else "heldout.tsv", encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line.strip(): errors.append(f"{n}: empty line"); continue
    parts = line.split("\t")
    if len(parts) != 4: errors.append(f"{n}: {len(parts)} columns, want 4"); continue
    step, loc, text, exp = parts; rows += 1; counts[step] += 1
    if step not in steps: errors.append(f"{n}: unknown step {step}")
    if loc not in ("de-DE", "en-US"): errors.append(f"{n}: unknown locale {loc}")
    if not text.strip(): errors.append(f"{n}: empty reply")
    if (step, loc, text) in seen: errors.append(f"{n}: duplicate reply")
    seen.add((step, loc, text))
    if exp in ("-", "-|L"): continue
    if step == "all":
        for part in exp.split("; "):
            m = re.fullmatch(r"(\w+)=(.+)", part)
            if not m or m.group(1) not in slots: errors.append(f"{n}: bad slot '{part}'"); continue
            s, v = m.groups()
            if not ok_value(s, v if s == "consent" else f"{s}:{v}"): errors.append(f"{n}: bad value '{part}'")
    elif step == "confirm":
        m = re.fullmatch(r"(confirm|reject|change:(\w+)(=(.+))?)" + conf, exp)
        if not m: errors.append(f"{n}: bad confirm reading '{exp}'")
        elif m.group(2):
            if m.group(2) not in slots - {"consent"}: errors.append(f"{n}: unknown answer {m.group(2)}")
            elif m.group(4) and not ok_value(m.group(2), f"{m.group(2)}:{m.group(4)}"): errors.append(f"{n}: bad new value '{exp}'")
    elif step in value and not ok_value(step, exp): errors.append(f"{n}: bad reading '{exp}'")
if rows != 460: errors.append(f"{rows} rows, want 460")
print(dict(counts))
print("\n".join(errors) if errors else "format OK")
sys.exit(1 if errors else 0)
