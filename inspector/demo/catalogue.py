"""A made-up product catalogue for generated history: SKUs, valid GTIN-13s, descriptions in several languages, prices.

Prices are set once per product in EUR and converted at fixed demo rates, rounded to each currency's minor unit, so
the same product costs the same in every return, as in a real shop.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from biip.checksums import gs1_standard_check_digit

from inspector.domain.money import round_money

# Demo exchange rates: only to make prices look local, never used for money arithmetic across currencies.
DEMO_RATES = {"EUR": Decimal("1"), "USD": Decimal("1.08"), "GBP": Decimal("0.85"), "RON": Decimal("4.97"),
              "JPY": Decimal("160")}

# category: (weight, EUR price range, share of products that ship with serial numbers, names in several languages)
_CATEGORIES: dict[str, tuple[int, tuple[int, int], float, tuple[str, ...]]] = {
    "electronics": (22, (15, 1400), 0.5, ("Căști bluetooth", "Kufje me valë", "Tai nghe không dây", "无线耳机",
                                         "Smartphone 128 GB", "Tabletă 10 inch", "Power bank 20000 mAh",
                                         "Orë inteligjente", "Loa bluetooth", "Webcam Full HD", "键盘", "Máy ảnh")),
    "clothing": (24, (12, 220), 0.0, ("Geacă de iarnă", "Xhup dimëror", "Áo sơ mi lụa", "羊毛衫", "Jeans slim fit",
                                     "Rochie de seară", "Hoodie", "Fustë me pala", "Áo dài")),
    "footwear": (10, (25, 180), 0.0, ("Pantofi sport", "Këpucë lëkure", "Giày chạy bộ", "Sneakers", "运动鞋",
                                     "Hiking boots")),
    "home": (14, (8, 320), 0.0, ("Set de oale", "Filxhan çaji", "Nồi cơm điện", "Blender", "台灯", "Pernă decorativă",
                                "Espresso machine")),
    "toys": (8, (6, 120), 0.0, ("Puzzle 1000 piese", "Lodër druri", "Đồ chơi xếp hình", "积木玩具", "RC car")),
    "beauty": (6, (6, 140), 0.0, ("Cremă de față", "Parfum 50 ml", "Tharëse flokësh", "Son môi", "面霜")),
    "sports": (7, (10, 400), 0.0, ("Saltea yoga", "Minge futbolli", "Gantere 2×5 kg", "Xe đạp tập", "Racket")),
    "accessories": (7, (5, 160), 0.0, ("Curea din piele", "Syze dielli", "Ví da", "Phone case", "钱包")),
    "personalised": (2, (9, 60), 0.0, ("Tricou personalizat", "Cană cu nume", "Stilolaps i gdhendur",
                                       "Engraved pen")),
}
_VARIANTS = ("negru", "e bardhë", "xanh", "红色", "M", "L", "XL", "42", "blue", "gri", "200 ml", "set 2")
_GS1_PREFIXES = ("594", "530", "893", "690", "400", "500", "490", "760", "871")


@dataclass(frozen=True)
class Product:
    sku: str
    gtin: str               # GTIN-13, check digit valid
    description: str
    category: str
    price_eur: Decimal
    serialised: bool

    def price(self, currency: str) -> Decimal:
        return round_money(self.price_eur * DEMO_RATES[currency], currency)


def _gtin13(rng: random.Random) -> str:
    body = rng.choice(_GS1_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(9))
    return body + str(gs1_standard_check_digit(body))


def make_catalogue(rng: random.Random, size: int = 300) -> tuple[Product, ...]:
    names = list(_CATEGORIES)
    weights = [_CATEGORIES[n][0] for n in names]
    products: list[Product] = []
    seen: set[str] = set()
    while len(products) < size:
        category = rng.choices(names, weights)[0]
        _, (low, high), serial_share, nouns = _CATEGORIES[category]
        gtin = _gtin13(rng)
        if gtin in seen:
            continue
        seen.add(gtin)
        # Prices like 49.99: whole euros minus a cent, the way shops price.
        price = Decimal(rng.randint(low, high)) - Decimal("0.01")
        description = f"{rng.choice(nouns)}, {rng.choice(_VARIANTS)}"
        products.append(Product(f"{category[:3].upper()}-{len(products) + 1:05d}", gtin, description, category,
                                price, rng.random() < serial_share))
    return tuple(products)
