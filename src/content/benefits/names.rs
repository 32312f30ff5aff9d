//! The checklist items' ids and names, apart from the rest of their content.
//!
//! Code that only names items (the "Your data" summary) reads this small table, so it does not
//! pull every item's text, links and sources into that page's wasm bundle. The items
//! (`items.rs`) take their ids and names from here.

/// An item's stable id (saved progress is keyed by it: never change one once published) and name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemName {
    pub id: &'static str,
    pub name: &'static str,
}

/// In the order of `ITEMS`.
pub const NAMES: [ItemName; 22] = [
    ItemName {
        id: "special-rules",
        name: "Special rules for the last year of life (SR1 form)",
    },
    ItemName {
        id: "special-rules-scotland",
        name: "Special rules in Scotland (BASRiS form)",
    },
    ItemName {
        id: "pip",
        name: "Personal Independence Payment (PIP)",
    },
    ItemName {
        id: "adult-disability-payment",
        name: "Adult Disability Payment (ADP)",
    },
    ItemName {
        id: "attendance-allowance",
        name: "Attendance Allowance",
    },
    ItemName {
        id: "pension-age-disability-payment",
        name: "Pension Age Disability Payment",
    },
    ItemName {
        id: "disability-living-allowance",
        name: "Disability Living Allowance (DLA)",
    },
    ItemName {
        id: "universal-credit-esa",
        name: "Universal Credit and Employment and Support Allowance (ESA)",
    },
    ItemName {
        id: "carers-allowance",
        name: "Carer's Allowance",
    },
    ItemName {
        id: "carer-support-payment",
        name: "Carer Support Payment",
    },
    ItemName {
        id: "blue-badge",
        name: "Blue Badge",
    },
    ItemName {
        id: "vehicle-tax",
        name: "Vehicle tax exemption or reduction",
    },
    ItemName {
        id: "motability",
        name: "Motability Scheme",
    },
    ItemName {
        id: "disabled-persons-railcard",
        name: "Disabled Persons Railcard",
    },
    ItemName {
        id: "bus-pass-england",
        name: "Disabled person's bus pass (England)",
    },
    ItemName {
        id: "bus-pass-scotland",
        name: "National Entitlement Card: free bus travel (Scotland)",
    },
    ItemName {
        id: "bus-pass-wales",
        name: "Disabled person's bus pass (Wales)",
    },
    ItemName {
        id: "bus-pass-northern-ireland",
        name: "Disabled person's bus pass (Northern Ireland)",
    },
    ItemName {
        id: "prescriptions-england",
        name: "Free prescriptions: medical exemption certificate (England)",
    },
    ItemName {
        id: "prescriptions-free",
        name: "Free prescriptions (Scotland, Wales and Northern Ireland)",
    },
    ItemName {
        id: "macmillan-grants",
        name: "Macmillan Grants",
    },
    ItemName {
        id: "council-tax",
        name: "Help with Council Tax",
    },
];

/// The name of the item with this id.
pub fn name_of(id: &str) -> Option<&'static str> {
    NAMES.iter().find(|n| n.id == id).map(|n| n.name)
}
