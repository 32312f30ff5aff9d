//! Reusable pieces of the layout and of content pages, one per file.

pub mod blocks;
pub mod care_card;
pub mod contents_list;
pub mod footer;
pub mod guide_list;
pub mod header;
pub mod out_of_date;
pub mod pagination;
pub mod review_date;
pub mod rich_text;
pub mod skip_link;
pub mod sources_list;
