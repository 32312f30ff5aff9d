//! Reusable pieces of the layout and of content pages, one per file.

pub mod benefit_item;
pub mod benefit_questions;
pub mod blocks;
pub mod care_card;
pub mod contents_list;
pub mod footer;
pub mod guide_list;
pub mod header;
pub mod out_of_date;
pub mod pagination;
pub mod radio_group;
pub mod review_date;
pub mod rich_text;
pub mod save_notice;
pub mod skip_link;
pub mod sources_list;
pub mod who_can_help;
