"""Drives the PayFiP simulator of a running portal with zeep, the SOAP library that Entr'ouvert's
eopayment uses for PayFiP (payfip_ws), as an independent check of the simulator's contract.

    apt-get install python3-zeep
    /usr/bin/python3 src/test/python/payfip_zeep_check.py http://localhost:8080

The portal must run with the simulator on (demo mode) and know client number 000001 (the demo town).
"""
import sys, urllib.request, urllib.parse, uuid
import zeep
from zeep.exceptions import Fault

base = sys.argv[1]
wsdl = base + "/simulateur-payfip/tpa/services/securite?wsdl"
client = zeep.Client(wsdl)
svc = client.service
ok = 0; bad = 0
def check(what, cond, info=""):
    global ok, bad
    if cond: ok += 1; print("ok  ", what)
    else: bad += 1; print("FAIL", what, info)

def fault_code(f):
    # eopayment reads the code only when the faultstring is PayFiP's exception class name
    if f.message != "fr.gouv.finances.cp.tpa.webservice.exceptions.FonctionnelleErreur":
        return None
    return f.detail.find(".//code").text

def create(**kw):
    arg = dict(exer="2026", mel="zeep@example.net", montant="1200", numcli="000001", objet="Cantine",
               refdet="ZEEP" + uuid.uuid4().hex[:12].upper(), saisie="T",
               urlnotif=base + "/api/v1/payments/notifications", urlredirect=base + "/index.xhtml")
    arg.update(kw)
    return svc.creerPaiementSecurise(arg0=arg)

r = create()
idop = r if isinstance(r, str) else r.idOp
check("creerPaiementSecurise gives a time-based idOp", uuid.UUID(idop).version == 1, idop)
try:
    svc.recupererDetailPaiementSecurise(arg0={"idOp": idop}); check("P5 before the choice", False)
except Fault as f:
    check("P5 before the choice", fault_code(f) == "P5", (f.message, f.code))
for result, code in [("CARD", "P"), ("DIRECT_DEBIT", "V"), ("REFUSED", "R"), ("DIRECT_DEBIT_REFUSED", "Z"), ("ABANDONED", "A")]:
    i = create(); i = i if isinstance(i, str) else i.idOp
    data = urllib.parse.urlencode(dict(idop=i, resultat=result, notification="DROPPED", delai=0, sansresultat=0)).encode()
    req = urllib.request.Request(base + "/simulateur-payfip/tpa/paiementws.web", data=data)
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k): return None
    try:
        urllib.request.build_opener(NoRedirect).open(req)
    except urllib.error.HTTPError as e:
        assert e.code == 303, e.code
    d = svc.recupererDetailPaiementSecurise(arg0={"idOp": i})
    check("result " + result + " -> resultrans " + code, d.resultrans == code and d.montant == "1200", d)
    if code in "PV":
        check("numauto shaped like PayFiP's", d.numauto.endswith("-tip") and len(d.numauto) == 16, d.numauto)
try:
    svc.recupererDetailPaiementSecurise(arg0={"idOp": str(uuid.uuid1())}); check("P1 unknown", False)
except Fault as f:
    check("P1 for an unknown idOp", fault_code(f) == "P1", f.message)
for kw, code in [(dict(refdet="ABCD"), "R3"), (dict(mel="pas-une-adresse"), "A2"), (dict(montant="99"), "M3"),
                 (dict(numcli="999999"), "T2"), (dict(urlnotif="http://example.org/x"), "N1"),
                 (dict(urlredirect="http://example.org/x"), "D1")]:
    try:
        create(**kw); check("refused " + str(kw), False)
    except Fault as f:
        check("refused %s with %s" % (kw, code), fault_code(f) == code, (f.message, fault_code(f)))
c = svc.recupererDetailClient(arg0={"numCli": "000001"})
check("recupererDetailClient libelleN1..3", all([c.libelleN1, c.libelleN2, c.libelleN3]) and c.numcli == "000001", c)
print("%d passed, %d failed" % (ok, bad))
sys.exit(1 if bad else 0)
