use leptos::prelude::*;
use sbc_guide::deployment::ConfigState;
fn main() {
    sbc_guide::start(|_| {
        let config = expect_context::<RwSignal<ConfigState>>();
        view! { <sbc_guide::components::my_contacts::MyContacts contacts=RwSignal::new(Default::default()) config/> }.into_any()
    });
}
