import {useEffect, useState} from 'react';
import {Text} from './text.js';
import {useTheme} from '../theme.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function Spinner() {
	const theme = useTheme();
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => {
			setFrame(current => (current + 1) % frames.length);
		}, 100);
		return () => {
			clearInterval(timer);
		};
	}, []);
	return <Text color={theme.accent}>{frames[frame]}</Text>;
}
