use super::care_card::CareCard;
use super::island::{island, Island};
use super::rich_text::RichText;
use crate::content::{heading_id, words, Block, QUESTIONS_ANCHOR};
use leptos::prelude::*;

/// A page body: each typed content block rendered with its NHS pattern.
#[component]
pub fn Blocks(blocks: &'static [Block]) -> impl IntoView {
    blocks.iter().map(block).collect_view()
}

fn paragraphs(blocks: &'static [Block]) -> AnyView {
    blocks.iter().map(block).collect_view().into_any()
}

fn block(block: &'static Block) -> AnyView {
    match *block {
        Block::P(text) => view! { <p><RichText text/></p> }.into_any(),
        Block::H2(text) => view! { <h2 id=heading_id(text)><RichText text/></h2> }.into_any(),
        Block::H3(text) => view! { <h3><RichText text/></h3> }.into_any(),
        Block::List(items) => view! {
            <ul class="app-list app-list--bullet">
                {items.iter().map(|text| view! { <li><RichText text/></li> }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Inset(body) => view! {
            <div class="app-inset-text">
                <span class="app-u-visually-hidden">{words::guide_boxes::INFORMATION}</span>
                {paragraphs(body)}
            </div>
        }
        .into_any(),
        Block::Changed(body) => view! {
            <aside class="app-inset-text app-inset-text--changed" aria-label=words::guide_boxes::CHANGED>
                <p class="app-inset-text__heading">{words::guide_boxes::CHANGED}</p>
                {paragraphs(body)}
            </aside>
        }
        .into_any(),
        Block::Warning { heading, body } => view! {
            <div class="app-warning-callout">
                <h3 class="app-warning-callout__label">
                    <span role="text">
                        <span class="app-u-visually-hidden">{words::shared::IMPORTANT}</span>
                        <RichText text=heading/>
                    </span>
                </h3>
                {paragraphs(body)}
            </div>
        }
        .into_any(),
        Block::CareCard { id, urgency, heading, body } => view! {
            <CareCard id urgency heading>{paragraphs(body)}</CareCard>
        }
        .into_any(),
        Block::Signs(signs) => view! {
            <ul class="app-list app-list--bullet">
                {signs.iter().map(|s| view! { <li id=format!("sign-{}", s.id)><RichText text=s.text/></li> }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::Questions(questions) => view! {
            <h2 id=QUESTIONS_ANCHOR>{words::questions::HEADING}</h2>
            <p>{words::questions::LEDE}</p>
            <ul class="app-list app-list--bullet app-team-questions">
                {questions.iter().map(|q| view! { <li id=format!("question-{}", q.id)><RichText text=q.text/></li> }).collect_view()}
            </ul>
        }
        .into_any(),
        Block::UrgentNumbers => island(Island::UrgentNumbers).into_any(),
        Block::Quote { text, cite } => view! {
            <figure class="app-quote">
                <blockquote class="app-quote__text"><p><RichText text/></p></blockquote>
                <figcaption class="app-quote__cite"><RichText text=cite/></figcaption>
            </figure>
        }
        .into_any(),
    }
}
