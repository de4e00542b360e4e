#!/usr/bin/env python3
"""Generate lexicons/nl/adjectives.tsv from OpenTaal's Dutch Hunspell word list.

What it does
------------
Reads the Hunspell dictionary of OpenTaal as shipped by Debian's
`hunspell-nl` package (nl.dic + nl.aff), expands every adjective entry with
the affix rules of nl.aff, and writes one line per inflected form:

    FORM<TAB>LEMMA<TAB>DEGREE        DEGREE in {pos, comp, sup}

FORM and LEMMA are lowercased, the ligature "ĳ" is written "ij" (the aff's
OCONV table) and diacritics are removed (NFD, combining marks dropped).  Lines
are sorted by FORM, then LEMMA, then DEGREE in plain byte order (as
`LC_ALL=C sort`) with exact duplicates removed, so that a program can binary
search the file.  The output is deterministic: same input, same bytes.

How OpenTaal marks adjectives (nl.aff 2.20.18/2.20.19)
-----------------------------------------------------
The .dic entries carry no morphological fields; an entry is an adjective
because it carries adjective affix flags (FLAG long, two characters each).
The morphological tag sits on the affix rules in nl.aff ("ts:" field):

    ts:AJe                         positive, inflected (-e)   Aa Al Am An
    ts:i                           partitive -s (iets moois)  Ai
    ts:AJcn / ts:AJc               comparative (-er)          Ab Ao Aq As
    ts:AJce                        comparative (-ere)         Ac Ap Ax Ay(*)
    ts:AJci                        comparative (-ers)         At Au Av Aw
    ts:AJsn                        superlative (-st)          Ad  (cont. A0)
    ts:AJse                        superlative (-ste)         Ae  (cont. A0)
    PFX A0 "aller"                 only as continuation of Ad/Ae
                                   (allerlelijkst, allerlelijkste)

The degree is taken from the tag: AJe and i -> pos, AJc* -> comp,
AJs* -> sup.  One correction is needed: flag Ar ("lief => lieve") is tagged
ts:AJce in nl.aff but produces the inflected positive, so it is mapped to pos
(FLAG_DEGREE_FIX below; the script stops if the aff no longer looks like
this).  (Ay is tagged AJcn but produces -ere; the degree, comp, is the same.)

Many comparatives and superlatives are not produced by flags but listed as
separate entries in nl.dic ("goedkoper", "grotere", "hogere", "bozer",
"wĳste", ...), and some adjectives carry no degree flag at all although the
word list lists their degree forms: wĳs/ArZm (only "wijze") with the bare
entries wĳzere, wĳste and wĳzer/CcCaZaYaCb (a noun too); boos/Al (only
"boze") with bozer, bozere, boost and booste/Zi.  Other degree forms are made
by the flags of another entry: verst/verste (ver/AdAe) for vers/AaAbAaAc,
grootst(e) for groots.  nl.aff has no further degree flags or tags (Ad/Ae are
its only superlative rules; As/Ay/Aq handle the -s/-z-, -f/-v- comparatives,
but are not put on wĳs or boos), so such forms are linked to their lemma in
step 3 by regular candidates, never invented:

  candidates: the stem of the -e form (goedkoop -> goedkope -> goedkop-,
  smal -> smalle -> small-, wĳs -> wĳze -> wĳz-, boos -> boze -> boz-; the
  lemma itself if it has no -e form) + er/ere, after -r: lemma +
  der/dere/ders; superlative: lemma + st/ste, after -s lemma + t/te (boos ->
  boost/booste, vers -> verst/verste, fris -> frist/friste), each also with
  "aller".

  A candidate is linked when the word list has it as
  (a) an entry of nl.dic (the stem of any entry, not an affix-expanded form,
      so that noun plurals like "openers" are not read as comparatives of
      "open"), for a *gradable* lemma (one with a comp or sup flag of its own);
  (b) an *adjectival* word, for any adjective lemma: a form of an entry that
      has no flags or only adjective flags (bozer, wĳzere, wĳste, frist,
      ambitieuzer/Aa -> ambitieuzere), or a form made by a comp/sup rule of
      any entry (verste from ver/Ae, linked to vers as well);
  (c) any word of the word list (noun or verb homographs, e.g. "wĳst" of
      wĳzen, "friste" of frissen, "wĳzer" the noun), but only if the lemma's
      degree is confirmed by its own flags or by an (b) form of that degree,
      and never for -ers.  These are listed in the output header.
For lemmas without any comp/sup flag (wĳs, boos) only (b) and (c) apply, so
a noun entry alone (nest/CcCaYbZb for nes, gist/CaCc for gis,
beïnvloeder/Za for beïnvloed) never makes a degree.  Not linked for lack of
evidence, although regular: "lost/loste" (only verb forms of lossen; los has
no sup form in the word list), "grĳst" (grĳzen), "kiest", "wiste" (wist/Pj is
an entry with verb flags, not an adjectival form).  "frisste" is not in the
word list.  Partitive -ers forms are only linked after -r ("raarders"):
elsewhere the bare entries ending in -ers are nearly all noun plurals
("rederijkers").  Nothing that is not in the word list is ever added.

Present participles (stralend, verfrissend) are verb forms in the word list,
but their degree forms are entries without flags (stralender, stralendst): a
participle is added as an adjective lemma (with its -e form) when it, its -e
form and at least one such degree form are attested (step 3b).

Hand-made overrides (all listed here and in the output header)
-------------------------------------------------------------
* SUPPLETIVE: goed/beter/best, veel/meer/meest, weinig/minder/minst are not
  linked in the word list (best/Aa, meest/AaAb, minst/Aa, minder/AaAiZm,
  meer/AiAbAc and beter/V3VpAi are independent entries).  The lines the
  expansion derives from those stems as lemmas (e.g. "meester meest comp")
  are replaced by the forms listed in SUPPLETIVE, each emitted only if the
  form is attested in the word list.
* Numerals: nl.aff/nl.dic put Ab/Ae on some numerals (vijftig/AbAe gives
  "vijftiger", "vijftigste", tagged AJcn/AJse).  These are an age noun and an
  ordinal, not degrees.  Lemmas made up entirely of numeral stems (entries
  with the numeral compounding flags NUMERAL_FLAGS, e.g. dertig/N2n2,
  tweeen/N1 + tachtig) get no comp/sup lines.
* Undoubled comparatives: a one-syllable lemma with one short vowel and one
  final consonant doubles it before -er (bot -> botter); the undoubled form
  some flags also make (bot/AbAo -> boter) is another word ("boter", "peter",
  "maker", "veter") and is dropped.
* SUP_EXCLUDE: laatst(e) is the regular superlative of "laat" in the word
  list, but means "last" (like "eerste"); it is not emitted as sup of laat.
  laatst/Aa remains as its own positive lemma.

Entries skipped: capitalised entries (proper nouns, abbreviations), entries
with characters other than a-z and inner hyphens after folding (multiword
entries, digits, apostrophes, dots), FORBIDDENWORD (Fw) entries and forms,
and ONLYINCOMPOUND (Cx) entries.  Compounds formed by Hunspell's compounding
rules (e.g. "supergoedkoop") are not generated.

How to run
----------
    apt-get install hunspell-nl
    python3 scripts/gen-adjectives.py \
        [--dic /usr/share/hunspell/nl.dic] [--aff /usr/share/hunspell/nl.aff] \
        [--version "$(dpkg-query -W -f='${Version}' hunspell-nl)"] \
        [--out lexicons/nl/adjectives.tsv]

Run with: Debian hunspell-nl 2:2.20.19-2 (nl.aff header: OpenTaal 2.20.18,
2020-12-24), Python 3.11, standard library only.  --version only goes into
the header; it is detected with dpkg-query when not given.
"""

import argparse
import os
import re
import subprocess
import sys
import unicodedata

DEFAULT_DIC = "/usr/share/hunspell/nl.dic"
DEFAULT_AFF = "/usr/share/hunspell/nl.aff"
DEFAULT_OUT = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "lexicons", "nl", "adjectives.tsv"
))

DEGREES = ("pos", "comp", "sup")

# Flag whose ts: tag in nl.aff does not match what it produces.
# Ar: "SFX Ar f ve f ts:AJce" (lief => lieve) is the inflected positive.
FLAG_DEGREE_FIX = {"Ar": "pos"}

# Suppletive degrees: lemma -> {degree: forms}.  Emitted only if attested.
SUPPLETIVE = {
    "goed": {"comp": ["beter", "betere", "beters"],
             "sup": ["best", "beste", "allerbest", "allerbeste"]},
    "veel": {"comp": ["meer"],
             "sup": ["meest", "meeste", "allermeest", "allermeeste"]},
    "weinig": {"comp": ["minder", "mindere"],
               "sup": ["minst", "minste", "allerminst", "allerminste"]},
}
# Stems that are comparatives/superlatives of a SUPPLETIVE lemma: lines with
# one of these as LEMMA are replaced by the SUPPLETIVE table.
SUPPLETIVE_STEMS = {f for d in SUPPLETIVE.values() for fs in d.values() for f in fs
                    if not f.startswith("aller") and not f.endswith(("e", "s"))}

# Numeral compounding flags of nl.aff (COMPOUNDRULE (N1)(N2) etc.).
NUMERAL_FLAGS = {"N1", "N2", "N3", "N4", "NH", "Nd", "Nh", "n2", "n3"}

# (lemma, degree) -> forms not to emit with that lemma and degree.
SUP_EXCLUDE = {
    ("laat", "sup"): {"laatst", "laatste", "allerlaatst", "allerlaatste"},
}

VALID_FORM = re.compile(r"[a-z]+(?:-[a-z]+)*\Z")


class Rule:
    __slots__ = ("flag", "kind", "strip", "add", "cont", "cond", "morph", "degree")

    def __init__(self, flag, kind, strip, add, cont, cond, morph):
        self.flag, self.kind = flag, kind
        self.strip, self.add, self.cont, self.morph = strip, add, cont, morph
        if cond == ".":
            self.cond = None
        elif kind == "SFX":
            self.cond = re.compile("(?:" + cond + r")\Z")
        else:
            self.cond = re.compile(cond)
        self.degree = None

    def apply(self, word):
        if self.kind == "SFX":
            if self.strip and not word.endswith(self.strip):
                return None
            if self.cond is not None and not self.cond.search(word):
                return None
            base = word[: len(word) - len(self.strip)] if self.strip else word
            if not base and not self.add:
                return None
            return base + self.add
        if self.strip and not word.startswith(self.strip):
            return None
        if self.cond is not None and not self.cond.match(word):
            return None
        return self.add + word[len(self.strip):]


def split_flags(s, flag_type):
    if flag_type == "long":
        return tuple(s[i:i + 2] for i in range(0, len(s) - 1, 2))
    if flag_type == "num":
        return tuple(x for x in s.split(",") if x)
    return tuple(s)


def parse_aff(path):
    aff = {"flag": "char", "sfx": {}, "pfx": {}, "cross": {}, "oconv": [],
           "forbidden": None, "onlyincompound": None, "compoundrule_flags": set()}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    pending = {}
    for line in lines:
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        key = parts[0]
        if key == "FLAG" and len(parts) > 1:
            aff["flag"] = parts[1]
        elif key == "FORBIDDENWORD":
            aff["forbidden"] = parts[1]
        elif key == "ONLYINCOMPOUND":
            aff["onlyincompound"] = parts[1]
        elif key == "COMPOUNDRULE" and len(parts) > 1 and not parts[1].isdigit():
            aff["compoundrule_flags"].update(re.findall(r"\((\w+)\)", parts[1]))
        elif key == "OCONV" and len(parts) == 3:
            aff["oconv"].append((parts[1], parts[2]))
        elif key in ("SFX", "PFX") and len(parts) >= 4:
            flag = parts[1]
            table = aff["sfx"] if key == "SFX" else aff["pfx"]
            if (key, flag) not in pending:
                # header: SFX flag cross count
                pending[(key, flag)] = int(parts[3])
                aff["cross"][flag] = parts[2] == "Y"
                table.setdefault(flag, [])
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add = parts[3]
            cont = ()
            if "/" in add:
                add, c = add.split("/", 1)
                cont = split_flags(c, aff["flag"])
            if add == "0":
                add = ""
            cond = parts[4] if len(parts) > 4 and not parts[4].startswith("#") else "."
            morph = []
            for p in parts[5:]:
                if p.startswith("#"):
                    break
                morph.append(p)
            table[flag].append(Rule(flag, key, strip, add, cont, cond, tuple(morph)))
    return aff


def tag_degree(rule):
    for m in rule.morph:
        if not m.startswith("ts:"):
            continue
        t = m[3:]
        if t.startswith("NN") or t.startswith("VB") or t.startswith("DT"):
            return None  # first tag decides: PI is "ts:NN1d ts:AJe"
        if t == "AJe" or t == "i":
            return "pos"
        if t.startswith("AJc"):
            return "comp"
        if t.startswith("AJs"):
            return "sup"
    return None


def classify_rules(aff):
    """Set Rule.degree; return the set of adjective suffix flags."""
    adj_flags = set()
    for flag, rules in aff["sfx"].items():
        degs = {tag_degree(r) for r in rules}
        if None in degs:
            continue
        # Ai ("ts:i", iets lelijks) is only used for adjectives in nl.aff
        for r in rules:
            r.degree = FLAG_DEGREE_FIX.get(flag, tag_degree(r))
        adj_flags.add(flag)
    # sanity checks for the facts the fix relies on
    ar = aff["sfx"].get("Ar", [])
    if not ar or not all(r.add.endswith("e") and not r.add.endswith("re") for r in ar):
        sys.exit("nl.aff: flag Ar no longer looks like 'lief => lieve'; review FLAG_DEGREE_FIX")
    return adj_flags


def parse_dic(path, flag_type):
    entries = []
    with open(path, encoding="utf-8") as fh:
        first = True
        for line in fh:
            line = line.rstrip("\n")
            if first:
                first = False
                if line.strip().isdigit():
                    continue
            if not line.strip():
                continue
            field = line.split("\t", 1)[0]
            # split word/flags on the first unescaped "/"
            m = re.match(r"((?:[^/\\]|\\.)*)(?:/(\S*))?", field)
            word = m.group(1).replace("\\/", "/").strip()
            flags = split_flags(m.group(2) or "", flag_type)
            if word:
                entries.append((word, flags))
    return entries


def expand(word, flags, aff):
    """Yield (form, suffix_rule_or_None) for a stem and its flags."""
    sfx, pfx, cross = aff["sfx"], aff["pfx"], aff["cross"]
    yield word, None
    for f in flags:
        for r in pfx.get(f, ()):
            w = r.apply(word)
            if w:
                yield w, None
    for f in flags:
        for r in sfx.get(f, ()):
            w = r.apply(word)
            if not w:
                continue
            yield w, r
            for g in r.cont:  # twofold suffix
                for r2 in sfx.get(g, ()):
                    w2 = r2.apply(w)
                    if w2:
                        yield w2, r2
            if cross.get(f):
                for g in tuple(flags) + r.cont:
                    if g in pfx and cross.get(g):
                        for p in pfx[g]:
                            w2 = p.apply(w)
                            if w2:
                                yield w2, r


def make_fold(aff):
    oconv = aff["oconv"]

    def fold(s):
        for a, b in oconv:
            s = s.replace(a, b)
        s = unicodedata.normalize("NFD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
        return s.lower()

    return fold


def detect_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "hunspell-nl"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dic", default=DEFAULT_DIC)
    ap.add_argument("--aff", default=DEFAULT_AFF)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--version", default=None,
                    help="hunspell-nl package version for the header (default: dpkg-query)")
    args = ap.parse_args()
    version = args.version or detect_version()

    aff = parse_aff(args.aff)
    adj_flags = classify_rules(aff)
    fold = make_fold(aff)
    entries = parse_dic(args.dic, aff["flag"])
    forbidden_flag, oic_flag = aff["forbidden"], aff["onlyincompound"]

    # 1. attested words (raw spelling): entry stems, all expanded forms;
    #    forbidden forms; numeral stems
    if not NUMERAL_FLAGS <= aff["compoundrule_flags"]:
        sys.exit("nl.aff: numeral COMPOUNDRULE flags changed; review NUMERAL_FLAGS")
    stems, attested, forbidden, numerals = set(), set(), set(), set()
    adjectival = set()
    for word, flags in entries:
        if oic_flag in flags:
            continue
        if forbidden_flag in flags:
            forbidden.update(w for w, _ in expand(word, flags, aff))
            continue
        stems.add(word)
        adj_only = all(f in adj_flags for f in flags)  # also true without flags
        for w, r in expand(word, flags, aff):
            attested.add(w)
            # an adjective form by the word list's own marking: a form of an
            # entry with no flags or adjective flags only, or a form made by
            # a comparative/superlative rule (ver/Ae -> verste)
            if adj_only or (r is not None and r.degree in ("comp", "sup")):
                adjectival.add(w)
        if NUMERAL_FLAGS.intersection(flags):
            numerals.add(word)
    stems -= forbidden
    attested -= forbidden
    adjectival -= forbidden

    def is_numeral(word):
        ok = [True] + [False] * len(word)  # ok[i]: word[:i] splits into numerals
        for i in range(1, len(word) + 1):
            ok[i] = any(ok[j] and word[j:i] in numerals for j in range(i))
        return ok[len(word)]

    # 2. expand adjective entries
    rows = set()  # (form, lemma, degree), raw spelling
    gradable = {}  # lemma -> set of -e forms
    ungraded = {}  # lemma of entries without comp/sup flags -> set of -e forms
    n_entries = 0
    for word, flags in entries:
        if forbidden_flag in flags or oic_flag in flags:
            continue
        aflags = [f for f in flags if f in adj_flags]
        if not aflags:
            continue
        if word != word.lower():
            continue
        n_entries += 1
        for w, r in expand(word, aflags, aff):
            if r is None and w != word:
                continue  # prefix-only form without an adjective suffix
            rows.add((w, word, "pos" if r is None else r.degree))
        if any(r.degree in ("comp", "sup") for f in aflags for r in aff["sfx"][f]):
            e = gradable.setdefault(word, set())
        else:
            e = ungraded.setdefault(word, set())
        for w, r in expand(word, aflags, aff):
            if r is not None and r.degree == "pos" and w.endswith("e"):
                e.add(w)
    # lemmas without any degree form of their own (wijs/ArZm, boos/Al)
    with_degrees = {l for _, l, d in rows if d != "pos"}
    ungraded = {l: e for l, e in ungraded.items()
                if l not in gradable and l not in with_degrees}

    # 3. link attested regular comparatives/superlatives (see module doc)
    def candidates(lemma, eforms):
        cands = []
        if lemma.endswith("r"):
            cands += [(lemma + s, "comp") for s in ("der", "dere", "ders")]
        else:
            # stem of the -e form (goedkope -> goedkop, smalle -> small)
            bases = {e[:-1] for e in eforms} or {lemma}
            for b in sorted(bases):
                cands += [(b + s, "comp") for s in ("er", "ere")]
        st = "t" if lemma.endswith("s") else "st"
        for s in (st, st + "e"):
            cands += [(lemma + s, "sup"), ("aller" + lemma + s, "sup")]
        return cands

    own_degrees = {}  # lemma -> degrees made by its own flags
    for _, l, d in rows:
        own_degrees.setdefault(l, set()).add(d)
    linked = 0            # (a) entries, gradable lemmas
    linked_adj = 0        # (b) adjective forms of the word list
    linked_homographs = []  # (c) other words completing a paradigm
    for lemma in sorted(set(gradable) | set(ungraded)):
        graded = lemma in gradable
        cands = candidates(lemma, gradable[lemma] if graded else ungraded[lemma])
        # degrees the word list confirms for this lemma: made by its flags,
        # or an adjectival form (b); not an entry with noun/verb flags (a)
        confirmed = set(own_degrees.get(lemma, ()))
        for form, deg in cands:
            if form in adjectival:
                confirmed.add(deg)
            if (form, lemma, deg) in rows:
                continue
            if graded and form in stems:
                rows.add((form, lemma, deg))
                linked += 1
            elif form in adjectival:
                rows.add((form, lemma, deg))
                linked_adj += 1
        for form, deg in cands:
            if ((form, lemma, deg) not in rows and form in attested
                    and deg in confirmed and deg != "pos" and not form.endswith("ers")):
                rows.add((form, lemma, deg))
                linked_homographs.append((form, lemma, deg))

    # 3b. present participles used as adjectives (stralend, verfrissend): the
    #     word list has them only as verb forms (stralen -> stralend), but
    #     lists their degree forms as entries without flags (stralender,
    #     stralendst). Such a lemma is added when the participle and the -e
    #     form are attested and at least one degree form is an adjectival
    #     entry; nothing that is not in the word list is added.
    lemmas_now = {l for _, l, _ in rows}
    participles = {}
    for form in sorted(adjectival & stems):
        for suffix, deg in (("er", "comp"), ("ere", "comp"), ("st", "sup"), ("ste", "sup")):
            root = form[: -len(suffix)]
            if (form.endswith(suffix) and root.endswith("end") and len(root) > 5
                    and root in attested and root + "e" in attested
                    and root not in lemmas_now):
                participles.setdefault(root, set()).add((form, deg))
    for root, forms in sorted(participles.items()):
        rows.add((root, root, "pos"))
        rows.add((root + "e", root, "pos"))
        for form, deg in forms:
            rows.add((form, root, deg))

    # 4. overrides
    dropped = sorted(r for r in rows if r[1] in SUPPLETIVE_STEMS)
    rows -= set(dropped)
    excluded = sorted(r for r in rows if r[0] in SUP_EXCLUDE.get((r[1], r[2]), ()))
    rows -= set(excluded)
    numeral_rows = sorted(r for r in rows if r[2] != "pos" and is_numeral(r[1]))
    rows -= set(numeral_rows)
    suppl_added, suppl_missing = [], []
    for lemma in sorted(SUPPLETIVE):
        for deg in DEGREES:
            for form in SUPPLETIVE[lemma].get(deg, ()):
                (suppl_added if form in attested else suppl_missing).append((form, lemma, deg))
    rows |= set(suppl_added)
    rows = {r for r in rows if r[0] not in forbidden}
    # A comparative or superlative that is also a positive form of another
    # gradable lemma (one with degree forms of its own) reads as that
    # positive: "lekker(e)" is "lek" + -er on paper, but the adjective
    # "lekker" (lekkerder, lekkerst) is what a text means; same for "wakker".
    # Lemmas without degree forms of their own (allerbest, ambitieuzer) are
    # the word list listing a graded form twice, not a homograph.
    graded_lemmas = {l for _, l, d in rows if d != "pos"}
    positive_of = {}
    for form, lemma, deg in rows:
        if deg == "pos":
            positive_of.setdefault(form, set()).add(lemma)
    homographs = sorted(
        r for r in rows
        if r[2] != "pos" and any(
            l != r[1] and l in graded_lemmas for l in positive_of.get(r[0], ())))
    rows -= set(homographs)
    # A comparative that spells a short vowel long is no comparative: a
    # one-syllable lemma with one short vowel and one final consonant doubles
    # it (bot -> botter, pet -> petter, mak -> makker); the undoubled form the
    # word list also derives (Ab on bot/AbAo) is another word: "boter",
    # "peter", "maker", "veter".
    short = re.compile(r"[^aeiouy\u0133]*[aeiou][bcdfghklmnpqrstvz]\Z")
    undoubled = sorted(
        r for r in rows
        if r[2] == "comp" and short.match(r[1])
        and r[0] in (r[1] + "er", r[1] + "ere", r[1] + "ers"))
    rows -= set(undoubled)

    # 5. fold, filter, sort
    out = set()
    for form, lemma, deg in rows:
        f, l = fold(form), fold(lemma)
        if VALID_FORM.match(f) and VALID_FORM.match(l):
            out.add((f, l, deg))
    lines = sorted(out, key=lambda r: (r[0].encode(), r[1].encode(), r[2].encode()))
    counts = {d: sum(1 for r in lines if r[2] == d) for d in DEGREES}
    lemmas = len({r[1] for r in lines})

    fmt = lambda rs: ", ".join("%s>%s:%s" % (fold(f), fold(l), d) for f, l, d in rs) or "none"
    header = [
        "adjective forms of Dutch: FORM<TAB>LEMMA<TAB>DEGREE (pos|comp|sup)",
        "sorted by FORM then LEMMA then DEGREE in byte order (LC_ALL=C); lowercase,",
        "ij ligature written ij, diacritics removed (NFD, combining marks dropped)",
        "source: OpenTaal word list (https://opentaal.org, Stichting OpenTaal) via "
        "Debian hunspell-nl %s (nl.dic/nl.aff)" % version,
        "licence: OpenTaal distributes its word list under two licenses, at the user's "
        "choice: BSD (revised) or Creative Commons Attribution 3.0 (CC BY 3.0); "
        "see adjectives.LICENSE.md",
        "(c) 1996 Nederlandstalige Tex Gebruikersgroep; (c) 2001-2005 Simon Brouwer e.a.; "
        "(c) 2006-2010 OpenTaal; (c) 2020 OpenTaal (Simon Brouwer, Sander van Geloven)",
        "generated by: python3 scripts/gen-adjectives.py --dic %s --aff %s -- do not edit"
        % (os.path.basename(args.dic), os.path.basename(args.aff)),
        "counts: %d lines (pos %d, comp %d, sup %d), %d lemmas, %d adjective entries, "
        "%d attested forms linked (%d entries of gradable lemmas, %d adjectival forms, "
        "%d homographs)"
        % (len(lines), counts["pos"], counts["comp"], counts["sup"], lemmas, n_entries,
           linked + linked_adj + len(linked_homographs), linked, linked_adj,
           len(linked_homographs)),
        "linked homographs (noun/verb forms of the word list, degree confirmed by "
        "the lemma's flags or adjectival forms): " + fmt(sorted(linked_homographs)),
        "present participles added as adjectives (degree forms are flagless entries): %d lemmas"
        % len(participles),
        "override suppletive added: " + fmt(suppl_added),
        "override suppletive not in word list: " + fmt(suppl_missing),
        "override dropped (suppletive stems as lemma): " + fmt(dropped),
        "override dropped (lexicalised, not a superlative): " + fmt(excluded),
        "override dropped (numerals: ordinals and age nouns, not degrees): %d lines, e.g. %s"
        % (len(numeral_rows), fmt(numeral_rows[:4])),
        "override dropped (positive of another gradable adjective): " + fmt(homographs),
        "override dropped (undoubled consonant after a short vowel): " + fmt(undoubled),
    ]
    data = "".join("# %s\n" % h for h in header)
    data += "".join("%s\t%s\t%s\n" % r for r in lines)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %s: %d lines (pos %d, comp %d, sup %d), %d bytes"
          % (args.out, len(lines), counts["pos"], counts["comp"], counts["sup"],
             len(data.encode())), file=sys.stderr)


if __name__ == "__main__":
    main()
