//! Reusable pieces of the layout and of content pages, one per file.

pub mod about_deployment;
pub mod benefit_item;
pub mod benefit_questions;
pub mod blocks;
pub mod care_card;
pub mod contact_form;
pub mod contents_list;
pub mod directory_search;
pub mod footer;
pub mod guide_list;
pub mod header;
pub mod my_contacts;
pub mod organisation_card;
pub mod out_of_date;
pub mod page_heading;
pub mod pagination;
pub mod radio_group;
pub mod review_date;
pub mod rich_text;
pub mod save_notice;
pub mod skip_link;
pub mod sources_list;
pub mod update_notice;
pub mod urgent_help;
pub mod who_can_help;
