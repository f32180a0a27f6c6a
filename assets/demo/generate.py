#!/usr/bin/env python3
"""Writes the synthetic dumps behind Sajag's embedded demo index.

Everything here is made up: names are "Demo Person NNNN", addresses are on "Sample Street", and the
mobile numbers and PANs come from a fixed pseudo-random sequence. The dumps are deliberately messy
(every common spelling of a number, quoted fields, a BOM, CRLF, gzip, bad rows) so that the demo
exercises the same builder paths as a real dump.

Run from anywhere: python3 assets/demo/generate.py  (then rebuild demo.sajag, see README.md).
"""
import gzip
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260101)

# The identifiers the README lists as found. Keep in sync with README.md and tests/cli.rs.
DEMO_MOBILE_1 = "9876543210"   # in the lab leak and the vaccine bot
DEMO_MOBILE_2 = "7000000001"   # in the lab leak only
DEMO_PAN = "ABCPE1234F"        # in the KYC dump
DEMO_MOBILE_3 = "6000000002"   # in the KYC dump


def mobile():
    return str(rng.choice("6789")) + "".join(str(rng.randrange(10)) for _ in range(9))


def pan():
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return ("".join(rng.choice(letters) for _ in range(3)) + rng.choice("PPPPCHF") + rng.choice(letters)
            + "".join(str(rng.randrange(10)) for _ in range(4)) + rng.choice(letters))


def spell(m):
    """One of the spellings people and systems use for the same number."""
    style = rng.randrange(8)
    if style == 0:
        return m
    if style == 1:
        return "+91 " + m[:5] + " " + m[5:]
    if style == 2:
        return "+91-" + m[:5] + "-" + m[5:]
    if style == 3:
        return "0" + m
    if style == 4:
        return "0091" + m
    if style == 5:
        return "91" + m
    if style == 6:
        return "(+91) " + m[:5] + "." + m[5:]
    return "0" + m[:5] + " " + m[5:]


def lab_leak():
    rows = ['"patient_name","age","gender","mobile","address","test_date","result"']
    for i in range(1, 1501):
        m = DEMO_MOBILE_1 if i == 7 else DEMO_MOBILE_2 if i == 11 else mobile()
        result = rng.choice(["NEGATIVE", "NEGATIVE", "POSITIVE"])
        rows.append(f'"Demo Person {i:04d}",{rng.randrange(18, 90)},{rng.choice("MF")},"{spell(m)}",'
                    f'"{i} Sample Street, Demo Nagar",2021-01-{rng.randrange(1, 29):02d},{result}')
    # Rows a real dump would have: blanks, a landline, a too-short number, a foreign number.
    rows += ['"Demo Person 9001",40,M,"",,2021-01-02,NEGATIVE',
             '"Demo Person 9002",41,F,"011 2345 6789","Sample Street",2021-01-02,NEGATIVE',
             '"Demo Person 9003",42,M,"98765 4321","Sample Street",2021-01-02,NEGATIVE',
             '"Demo Person 9004",43,F,"+44 7700 900123","Sample Street",2021-01-02,POSITIVE']
    with open(os.path.join(HERE, "lab-results.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\r\n".join(rows) + "\r\n")


def vaccine_bot():
    rows = ["name\tgender\tbirth_year\tphone\tid_last4\tcentre"]
    for i in range(1, 1001):
        m = DEMO_MOBILE_1 if i == 3 else mobile()
        rows.append(f"Demo Person {5000 + i}\t{rng.choice('MF')}\t{rng.randrange(1940, 2004)}\t{spell(m)}\t"
                    f"{rng.randrange(10000):04d}\tDemo Centre {rng.randrange(1, 40)}")
    rows.append("Demo Person 9999\tM\t1980\tnot given\t0000\tDemo Centre 1")
    with gzip.GzipFile(os.path.join(HERE, "vaccine-bot.tsv.gz"), "wb", mtime=0) as f:
        f.write(("\n".join(rows) + "\n").encode("utf-8"))


def kyc_dump():
    rows = ["full_name|mobile|pan|city"]
    for i in range(1, 801):
        m = DEMO_MOBILE_3 if i == 5 else mobile()
        p = DEMO_PAN if i == 5 else pan()
        p = p.lower() if rng.randrange(5) == 0 else p
        rows.append(f"Demo Person {7000 + i}|{spell(m)}|{p}|Demo City")
    rows.append("Demo Person 7999|9876500000|ABCDE12345|Demo City")
    with open(os.path.join(HERE, "kyc-dump.psv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    lab_leak()
    vaccine_bot()
    kyc_dump()
