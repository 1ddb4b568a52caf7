"""The register: households at their doors and the people living in them.

Urban households live in buildings (楼栋 · 单元 · 门牌号, e.g. 12栋2单元1502室), village ones by
group and number (3组15号). A household is a family: a head, a spouse of the other sex and
similar age, children some 24–36 years younger carrying the father's surname, elderly parents;
each person's ID carries their birth date and sex.
"""
from __future__ import annotations

from collections.abc import Iterator

from models.demo.world import Batch, World
from models.enums import AreaKind
from models.pinyin import name_key

CHUNK = 20_000
SIZE_SHARES = (0.20, 0.32, 0.27, 0.12, 0.07, 0.02)   # 1 … 6 persons: 2.6 on average
# Who lives in a household of each size: H head, S spouse, C child, P parent of the head.
ROLES = {1: "H", 2: "HS", 3: "HSC", 4: "HSCC", 5: "HSCCP", 6: "HSCCPP"}
LAYOUTS = ((2, 6, 2), (2, 7, 2), (3, 11, 2), (2, 18, 4), (4, 26, 2), (3, 33, 3))
HOUSEHOLD_COLUMNS = ("id", "community_id", "building", "unit", "door", "address",
                     "created_at", "updated_at")
PERSON_COLUMNS = ("id", "household_id", "community_id", "name", "name_pinyin", "resident_id",
                  "resident_id_reversed", "sex", "birth_date", "phone", "is_household_head",
                  "registered_at", "created_at", "updated_at")


def size_register(world: World) -> None:
    """Give every community its households and every household its size, exactly adding up to
    the plan's totals, before any row is written (communities carry their registered counts)."""
    plan, rng = world.plan, world.rng
    weights = [(0.25 + rng.random() * 0.35) if c.kind == AreaKind.RURAL else
               (0.6 + rng.random() * 0.8) for c in world.communities]
    total = sum(weights)
    counts = [max(1, int(plan.households * w / total)) for w in weights]
    index = 0
    while sum(counts) != plan.households:
        step = 1 if sum(counts) < plan.households else -1
        if counts[index % len(counts)] + step > 0:
            counts[index % len(counts)] += step
        index += 1
    cumulative = [0.0]
    for share in SIZE_SHARES:
        cumulative.append(cumulative[-1] + share)
    sizes = []
    for _ in range(plan.households):
        r = rng.random()
        size = 1
        while size < 6 and r >= cumulative[size]:
            size += 1
        sizes.append(size)
    difference = plan.persons - sum(sizes)
    while difference:
        h = int(rng.random() * len(sizes))
        if difference > 0 and sizes[h] < 6:
            sizes[h] += 1
            difference -= 1
        elif difference < 0 and sizes[h] > 1:
            sizes[h] -= 1
            difference += 1
    world.household_size = sizes
    household, person = 1, 1
    for community, count in zip(world.communities, counts):
        community.first_household, community.households = household, count
        community.first_person = person
        community.persons = sum(sizes[household - 1:household - 1 + count])
        household += count
        person += community.persons


def household_rows(world: World) -> Iterator[Batch]:
    rng, before = world.rng, world.clock.before
    rows: list[tuple[object, ...]] = []
    first_person, community_of, addresses = [], [], []
    person = 1
    for community in world.communities:
        village = community.kind == AreaKind.RURAL
        units, floors, doors = LAYOUTS[int(rng.random() * len(LAYOUTS))]
        per_building = 30 + int(rng.random() * 40) if village else units * floors * doors
        place = f"{world.prefix_of(world.stations[community.station - 1])}{community.name}"
        for i in range(community.households):
            h = community.first_household + i
            building, rest = divmod(i, per_building)
            if village:
                building_text, unit_text, door_text = f"{building + 1}组", "", f"{rest + 1}号"
                address = f"{place}{building_text}{door_text}"
            else:
                unit, rest = divmod(rest, floors * doors)
                floor, door = divmod(rest, doors)
                building_text, unit_text = f"{building + 1}栋", f"{unit + 1}单元"
                door_text = f"{floor + 1}{door + 1:02d}"
                address = f"{place}{building_text}{unit_text}{door_text}室"
            rows.append((h, community.id, building_text, unit_text, door_text, address,
                         before, before))
            first_person.append(person)
            community_of.append(community.id)
            addresses.append(address)
            person += world.household_size[h - 1]
            if len(rows) >= CHUNK:
                yield Batch("household", HOUSEHOLD_COLUMNS, rows)
                rows = []
    if rows:
        yield Batch("household", HOUSEHOLD_COLUMNS, rows)
    world.household_first_person = first_person
    world.household_community = community_of
    world.household_address = addresses


def person_rows(world: World) -> Iterator[Batch]:
    """Everyone in the register, household by household, in chunks.

    The hottest loop of the build (a million people): the draws are inlined on purpose."""
    rng, people, before = world.rng, world.people, world.clock.before
    random = rng.random
    births, eras, given_pools = people.birth_texts, people.eras, people.given_pools
    surnames, make_id, phone = people.surnames, people.resident_id, people.phone
    n_surnames, last_birth = len(surnames), len(births) - 1
    ages, names, homes = world.person_age, world.person_name, world.person_household
    rows: list[tuple[object, ...]] = []
    append = rows.append
    person = 1
    for h, size in enumerate(world.household_size, start=1):
        community = world.household_community[h - 1]
        roles = ROLES[size]
        head_male = random() < 0.7
        head_age = (28 + int(random() * 34)) if size > 2 else (22 + int(random() * 66))
        family = spouse_family = surnames[int(random() * n_surnames)]
        for position, role in enumerate(roles):
            if role == "H":
                male, age, surname = head_male, head_age, family
            elif role == "S":
                male = not head_male
                age = max(20, head_age + int(random() * 9) - 4)
                surname = spouse_family = surnames[int(random() * n_surnames)]
            elif role == "C":
                male = random() < 0.52
                age = max(0, head_age - 24 - int(random() * 12))
                surname = family if head_male else spouse_family
            else:
                male = random() < 0.4
                age = min(99, head_age + 24 + int(random() * 9))
                surname = family if male else surnames[int(random() * n_surnames)]
            birth = min(age * 365 + int(random() * 365), last_birth)
            pool = given_pools[male][eras[birth]]
            name = surname + pool[int(random() * len(pool))]
            resident_id = None if age == 0 and random() < 0.5 else make_id(male, birth)
            has_phone = age >= 14 and random() < (0.6 if age > 75 else 0.95)
            append((person, h, community, name, name_key(name), resident_id,
                    resident_id[::-1] if resident_id else None, "M" if male else "F",
                    births[birth], phone() if has_phone else None, position == 0,
                    before, before, before))
            ages.append(age)
            names.append(name)
            homes.append(h)
            person += 1
        if len(rows) >= CHUNK:
            yield Batch("person", PERSON_COLUMNS, rows)
            rows = []
            append = rows.append
    if rows:
        yield Batch("person", PERSON_COLUMNS, rows)
