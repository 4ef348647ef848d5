#!/usr/bin/env python3
"""Writes a Sales-Navigator-like CSV (Evaboot export columns) for the import benchmark.

Usage: generate.py OUTPUT [ROWS]   (default 1,000,000 rows, about 200 MB)

Deterministic (fixed seed). About 5 % of the rows repeat an earlier person the way real exports do
(email in another case or with spaces, a LinkedIn URL variant, or the same name at the same company),
and about 0.5 % are invalid (a malformed email, or no email, no LinkedIn URL and no company).
"""
import random
import sys

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan "
         "Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra "
         "Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin "
         "Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey "
         "Cynthia Ryan Dorothy Jacob Amy Gary Kathleen Nicholas Angela Eric Shirley Jonathan Emma Stephen Brenda "
         "Larry Pamela Justin Nicole Scott Anna Brandon Samantha Benjamin Katherine Samuel Christine Gregory Debra "
         "Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack Olivia Dennis Heather Jerry Helen Tyler "
         "Catherine Aaron Diane Jose Julie Adam Victoria Nathan Joyce Henry Lauren Zachary Kelly Douglas Christina "
         "Peter Ruth Kyle Joan Noah Virginia Ethan Judith Jeremy Evelyn Christian Hannah Walter Andrea Keith Megan "
         "Zoë François Søren Jürgen Ågot Chloé José Björn Małgorzata Núria Siobhán Łukasz Hélène Ingrid Matteo "
         "Lucía Anaïs Yusuf Aisha Wei Hiroshi Priya Arjun Mei Sven Olga Dmitri Fatima Omar Leila Kwame Ama").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
        "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez "
        "Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker "
        "Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins "
        "Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly "
        "Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes "
        "Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Müller Schmidt Schneider Fischer "
        "Weber Dubois Lefèvre Moreau Laurent Rossi Russo Ferrari Esposito Bianchi Nowak Kowalski Wiśniewski "
        "Jensen Nielsen Hansen Andersson Johansson Öberg Ångström O'Brien Murphy Kelly Yamamoto Tanaka Suzuki "
        "Chen Wang Li Zhang Singh Kumar Sharma Okafor Mensah Haddad Nasser Ivanova Petrov").split()
WORDS = ("Acme Apex Blue Bright Cloud Core Data Delta Edge Flow Forge Global Green Hyper Insight Iron Key Lumen "
         "Metro Nexus Nova Orbit Peak Pixel Prime Pulse Quant Rapid Red Silver Smart Solid Star Summit Swift Terra "
         "True Union Vertex Vista Wave Zen North South East West Alpha Beta Omega Harbor River Stone Oak Pine").split()
SUFFIX = "Labs Systems Software Analytics Partners Group Solutions Networks Health Capital Logistics Robotics".split()
TITLES = ("VP Sales|Head of Growth|Chief Revenue Officer|Sales Director|Account Executive|Founder|CEO|CTO|"
          "Marketing Manager|Head of Partnerships|Business Development Manager|Director of Operations|"
          "Procurement Lead|Customer Success Manager|Head of IT").split("|")
INDUSTRIES = ("Software Development|IT Services and IT Consulting|Financial Services|Hospital & Health Care|"
              "Marketing Services|Logistics|Manufacturing|Retail|Education|Telecommunications").split("|")
PLACES = ("Paris, Île-de-France, France|London, England, United Kingdom|Berlin, Berlin, Germany|"
          "New York, New York, United States|San Francisco, California, United States|"
          "Madrid, Community of Madrid, Spain|Amsterdam, North Holland, Netherlands|Greater Boston|"
          "Toronto, Ontario, Canada|Stockholm, Stockholm County, Sweden|Milan, Lombardy, Italy").split("|")
HEADCOUNTS = "1-10 11-50 51-200 201-500 501-1000 1001-5000 5001-10000 10001+".split()
FREE = "gmail.com outlook.com yahoo.com hotmail.com".split()


def quote(value):
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def ascii_slug(text):
    table = str.maketrans("äåáàâãæçéèêëíìîïñóòôõöøßúùûüýÿłńśźżğ", "aaaaaaaceeeeiiiinoooooosuuuuyylnszzg")
    return "".join(c for c in text.lower().translate(table) if c.isalnum())


def main():
    out_path = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    rng = random.Random(20240501)
    companies = []
    for i in range(20000):
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(SUFFIX)}"
        domain = ascii_slug(name.rsplit(" ", 1)[0]) + str(i) + rng.choice([".com", ".io", ".co", ".de", ".fr"])
        companies.append((name, domain, rng.choice(INDUSTRIES), rng.choice(HEADCOUNTS)))
    people = []  # (first, last, email, slug, company) of earlier rows, for duplicates
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write("First Name,Last Name,Email,Email Status,Job Title,Company Name,Company Domain,"
                "Linkedin URL,Sales Navigator Profile URL,Location,Company Industry,Company Headcount\r\n")
        for n in range(rows):
            roll = rng.random()
            if people and roll < 0.05:
                first, last, email, slug, company = rng.choice(people)
                kind = rng.randrange(3)
                if kind == 0 and email:
                    email = " " + email.upper() + " "
                    slug_url = ""
                elif kind == 1:
                    email = ""
                    slug_url = f"http://linkedin.com/in/{slug}/?trk=bench"
                else:
                    email = ""
                    slug_url = ""
                    first, last = first.upper(), " " + last.lower()
            else:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                company = rng.choice(companies)
                slug = f"{ascii_slug(first)}-{ascii_slug(last)}-{n:x}"
                local = f"{ascii_slug(first)}.{ascii_slug(last)}{n}"
                email = f"{local}@{rng.choice(FREE) if rng.random() < 0.1 else company[1]}"
                if rng.random() < 0.15:
                    email = ""  # Sales Navigator exports often lack emails
                slug_url = f"https://www.linkedin.com/in/{slug}"
                if len(people) < 200000 and rng.random() < 0.3:
                    people.append((first, last, email, slug, company))
            status = "valid" if email else ""
            if roll > 0.995:  # invalid rows
                if rng.random() < 0.5:
                    email, status = f"{ascii_slug(first)}@@broken", "invalid"
                else:
                    email, slug_url, company = "", "", ("", "", company[2], company[3])
            name, domain, industry, headcount = company
            sales_url = f"https://www.linkedin.com/sales/lead/ACwAA{n:08X}"
            row = [first, last, email, status, rng.choice(TITLES), name, domain, slug_url, sales_url,
                   rng.choice(PLACES), industry, headcount]
            f.write(",".join(quote(v) for v in row) + "\r\n")


if __name__ == "__main__":
    main()
